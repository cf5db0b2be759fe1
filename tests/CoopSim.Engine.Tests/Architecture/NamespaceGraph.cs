using System.Reflection;
using System.Reflection.Emit;

namespace CoopSim.Engine.Tests.Architecture;

/// <summary>
/// Which namespace of an assembly uses which, read from the compiled assembly: base types,
/// interfaces, member signatures and every type, field and method a method body names. Source
/// <c>using</c> lines would miss qualified names and the enclosing-namespace lookup, so the IL is read.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
                                          BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = [];

    static NamespaceGraph()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            (code.Size == 1 ? OneByte : TwoByte)[value & 0xff] = code;
        }
    }

    private NamespaceGraph(IEnumerable<string> namespaces)
    {
        foreach (var name in namespaces)
        {
            _edges[name] = [];
        }
    }

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    /// <summary>Reads the namespace dependencies among the assembly's own types.</summary>
    public static NamespaceGraph Of(Assembly assembly)
    {
        var types = assembly.GetTypes().Where(t => t.Namespace is not null).ToList();
        var graph = new NamespaceGraph(types.Select(t => t.Namespace!).Distinct());
        foreach (var type in types)
        {
            foreach (var used in Referenced(type))
            {
                graph.Add(type, used);
            }
        }

        return graph;
    }

    /// <summary>A graph given edge by edge ("A->B"), to check the cycle search itself.</summary>
    public static NamespaceGraph FromEdges(params string[] edges)
    {
        var pairs = edges.Select(e => e.Split("->")).ToList();
        var graph = new NamespaceGraph(pairs.SelectMany(p => p).Distinct());
        foreach (var p in pairs)
        {
            graph._edges[p[0]][p[1]] = new(StringComparer.Ordinal) { $"{p[0]} uses {p[1]}" };
        }

        return graph;
    }

    public bool Uses(string from, string to) => _edges.TryGetValue(from, out var to_) && to_.ContainsKey(to);

    /// <summary>
    /// Each group of namespaces that depend on each other in a circle, named with the uses inside it
    /// (one type reference per use) so the move that breaks it can be chosen.
    /// </summary>
    public IReadOnlyList<string> Cycles()
    {
        var reach = _edges.Keys.ToDictionary(n => n, Reachable);
        var cycles = new List<string>();
        var placed = new HashSet<string>();
        foreach (var name in _edges.Keys.Order(StringComparer.Ordinal).Where(n => !placed.Contains(n)))
        {
            var group = reach[name].Where(other => reach[other].Contains(name)).Order(StringComparer.Ordinal).ToList();
            placed.UnionWith(group);
            if (group.Count > 1)
            {
                var uses = group.SelectMany(a => group.Where(b => Uses(a, b)).Select(b => $"  {a} -> {b}: {string.Join("; ", _edges[a][b])}"));
                cycles.Add($"{string.Join(", ", group)}\n{string.Join("\n", uses)}");
            }
        }

        return cycles;
    }

    private HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string> { start };
        var stack = new Stack<string>([start]);
        while (stack.Count > 0)
        {
            foreach (var next in _edges[stack.Pop()].Keys.Where(seen.Add))
            {
                stack.Push(next);
            }
        }

        return seen;
    }

    private void Add(Type user, Type used)
    {
        var from = user.Namespace!;
        if (used.Assembly != user.Assembly || used.Namespace is not { } to || to == from)
        {
            return;
        }

        if (!_edges[from].TryGetValue(to, out var why))
        {
            why = new SortedSet<string>(StringComparer.Ordinal);
            _edges[from][to] = why;
        }

        why.Add($"{Outermost(user).FullName} uses {Outermost(used).FullName}");
    }

    // Lambdas, iterators and nested helpers count as the type they were written in.
    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static IEnumerable<Type> Referenced(Type type)
    {
        var direct = new List<Type?> { type.BaseType };
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
        direct.AddRange(type.GetEvents(Declared).Select(e => e.EventHandlerType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }

            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            direct.AddRange(method.GetMethodBody()?.LocalVariables.Select(v => v.LocalType) ?? []);
            direct.AddRange(BodyReferences(method));
        }

        return direct.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return Unwrap(type.GetGenericTypeDefinition()).Concat(type.GetGenericArguments().SelectMany(Unwrap));
        }

        return type.IsGenericParameter ? [] : [type];
    }

    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return [];
        }

        var found = new List<Type>();
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xfe ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    found.AddRange(TypesOf(member));
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                default:
                    at += 4;
                    break;
            }
        }

        return found;
    }

    private static IEnumerable<Type> TypesOf(MemberInfo? member) => member switch
    {
        Type t => [t],
        FieldInfo f => [f.DeclaringType!, f.FieldType],
        MethodInfo m => [m.DeclaringType!, m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
        ConstructorInfo c => [c.DeclaringType!, .. c.GetParameters().Select(p => p.ParameterType)],
        _ => [],
    };
}
