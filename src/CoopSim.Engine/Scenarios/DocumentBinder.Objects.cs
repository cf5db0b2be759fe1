using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

public sealed partial class DocumentBinder
{
    private object? BindObject(Type type, JsonSourceNode node, string path)
    {
        if (node is not JsonSourceObject obj)
        {
            return Expected(type, node, path);
        }

        var shape = Shapes.GetOrAdd(type, TypeShape.Of);
        var instance = Activator.CreateInstance(type)!;
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            var childPath = JsonPath.Property(path, property.Name);
            if (!shape.Members.TryGetValue(property.Name, out var member))
            {
                _locations[childPath] = property.NameLocation;
                Problem(property.NameLocation, childPath, UnknownProperty(property.Name, shape));
                continue;
            }

            bound.Add(property.Name);
            var value = BindValue(member.Property.PropertyType, property.Value, childPath, member.AllowsNull);
            if (value is not null || member.AllowsNull)
            {
                member.Property.SetValue(instance, value);
            }
        }

        foreach (var (name, member) in shape.Members)
        {
            if (member.Required && !bound.Contains(name))
            {
                Problem(node, JsonPath.Property(path, name), $"missing required property '{name}' ({Describe(member.Property.PropertyType)})");
            }

            // A value that could not be bound leaves a harmless placeholder, so that later checks
            // can run over the rest of the document; its problem is already reported.
            if (!member.AllowsNull && member.Property.PropertyType == typeof(string) && member.Property.GetValue(instance) is null)
            {
                member.Property.SetValue(instance, "");
            }
        }

        return instance;
    }

    private sealed record Member(PropertyInfo Property, bool Required, bool AllowsNull);

    private sealed record TypeShape(IReadOnlyDictionary<string, Member> Members)
    {
        public static TypeShape Of(Type type)
        {
            var members = new Dictionary<string, Member>(StringComparer.Ordinal);
            var nullability = new NullabilityInfoContext();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is null || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
                {
                    continue;
                }

                var required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
                var allowsNull = !property.PropertyType.IsValueType
                    ? nullability.Create(property).WriteState == NullabilityState.Nullable
                    : Nullable.GetUnderlyingType(property.PropertyType) is not null;
                members[JsonName(property)] = new Member(property, required, allowsNull);
            }

            return new TypeShape(members);
        }
    }
}
