// Two namespaces that use each other only where a signature does not show it, so the graph reader
// is checked on uses it could miss.
#pragma warning disable CA1812 // only read by reflection

namespace CoopSim.Engine.Tests.Architecture.BodyUser
{
    internal static class Caller
    {
        public static int Count() => Callee.Helper.Values().Count();
    }
}

namespace CoopSim.Engine.Tests.Architecture.Callee
{
    internal static class Helper
    {
        public static IEnumerable<int> Values()
        {
            yield return Lambdas.Apply(x => x + typeof(BodyUser.Caller).Name.Length);
        }
    }

    internal static class Lambdas
    {
        public static int Apply(Func<int, int> f) => f(1);
    }
}
