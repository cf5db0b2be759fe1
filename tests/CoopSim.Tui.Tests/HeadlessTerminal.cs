using System.Runtime.CompilerServices;

namespace CoopSim.Tui.Tests;

/// <summary>Keeps Terminal.Gui away from the real terminal in every test of this assembly.</summary>
internal static class HeadlessTerminal
{
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
