namespace CoopSim.Tui.ViewModels.Trainer;

// Saving: every command saves the session, and a save that fails is reported, never thrown. The
// session in memory has changed and is whole, so nothing is lost while the console is open: the
// next change that saves writes all of it, and quitting tries once more and asks before it drops it.
public sealed partial class TrainerConsole
{
    /// <summary>Why the last save failed, while the session file is behind the session in memory; null when the file holds it.</summary>
    public string? NotSaved { get; private set; }

    /// <summary>Saves the session now (quitting does, when the last save failed).</summary>
    public EditOutcome SaveNow() => Saving(() => EditOutcome.Done($"saved to {SessionFileName}"), saveAfter: true);

    private EditOutcome Saving(Func<EditOutcome> command, bool saveAfter = false)
    {
        var rounds = Session.RoundsPlayed;
        EditOutcome outcome;
        try
        {
            outcome = command();
            if (saveAfter || NotSaved is not null)
            {
                // The command may have changed nothing, or saved only on top of a file that missed an earlier change.
                Session.Save();
            }

            NotSaved = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Session.RoundsPlayed != rounds)
            {
                ResetTicks();
            }

            NotSaved = e.Message;
            return Report(EditOutcome.Refused(
                $"not saved to {SessionFileName}: {e.Message}. What you did is kept while the console is open; " +
                "the next change saves the whole session, and quitting asks first"));
        }

        return Report(outcome);
    }

    private EditOutcome Report(EditOutcome outcome)
    {
        Message = outcome.Accepted ? StatusMessage.Info(outcome.Message) : StatusMessage.Error(outcome.Message);
        Changed?.Invoke();
        return outcome;
    }
}
