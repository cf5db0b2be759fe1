using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>
/// Scrolls a tree to its selection once it has a size: asking before the first layout would scroll
/// by the whole row index (a zero-height tree sees no row as visible).
/// </summary>
internal static class TreeReveal
{
    public static void Reveal<T>(TreeView<T> tree, T node) where T : class
    {
        if (tree.Viewport.Height > 0)
        {
            tree.EnsureVisible(node);
        }
        else
        {
            tree.ScrollOffsetVertical = 0;
        }
    }

    /// <summary>Reveals the selection whenever the tree is laid out anew (first layout, resize).</summary>
    public static void KeepSelectionInView<T>(TreeView<T> tree) where T : class
    {
        tree.HorizontalScrollBar.VisibilityMode = ScrollBarVisibilityMode.None;
        tree.FrameChanged += (_, _) =>
        {
            if (tree.SelectedObject is { } selected && tree.Viewport.Height > 0)
            {
                tree.EnsureVisible(selected);
            }
        };
    }
}
