namespace Undertone.Web.Tests.Script;

/// <summary>The highlights behind the message box, as the server works them out for the browser to draw.</summary>
public sealed class MessageMarksTests
{
    private static readonly ConsentScript Generated = ScriptComposer.Compose(ScriptForm.StartingAsk);

    private static MessageMarks PartsOnly(string text) => MessageMarks.For(text, Generated.Parts, [], null, [], null);

    private static string Marked(string text, MessageMark mark) => text[mark.Start..mark.End];

    [Fact]
    public void For_TheGeneratedMessage_MarksEachOfTheFivePartsOnExactlyItsWords()
    {
        var marks = PartsOnly(Generated.Text);

        Assert.Equal(5, marks.Marks.Count);
        foreach (var part in Generated.Parts)
        {
            var mark = Assert.Single(marks.Marks, m => m.Class == ScriptLabels.PartClass(part.Part));
            Assert.Equal(part.Text, Marked(Generated.Text, mark));
            Assert.Equal(new TextRange(part.Start, part.Text.Length), marks.Located[part.Part]);
        }
    }

    [Fact]
    public void For_AnEditedMessage_FindsAMovedPartWhereItIsNow_AndLeavesOutAPartRewrittenInOwnWords()
    {
        var room = Generated.Parts.Single(p => p.Part == ScriptPartKind.Room);
        var text = "A first line of my own.\n\n" + Generated.Text.Replace(room.Text, "Tell me what works for you.", StringComparison.Ordinal);

        var marks = PartsOnly(text);

        Assert.False(marks.Located.ContainsKey(ScriptPartKind.Room));
        Assert.DoesNotContain(marks.Marks, m => m.Class == ScriptLabels.PartClass(ScriptPartKind.Room));
        var reason = Generated.Parts.Single(p => p.Part == ScriptPartKind.Reason);
        var moved = Assert.Single(marks.Marks, m => m.Class == ScriptLabels.PartClass(ScriptPartKind.Reason));
        Assert.Equal(reason.Start + "A first line of my own.\n\n".Length, moved.Start);
        Assert.Equal(reason.Text, Marked(text, moved));
    }

    [Fact]
    public void For_Findings_MarksTheWordsTheCheckPointsAt_OnlyWhileTheTextIsTheOneChecked()
    {
        var text = Generated.Text.Insert(Generated.Text.IndexOf("\n\n", StringComparison.Ordinal) + 2, "I'm so sorry to ask about this. ");
        var findings = MessageCheck.Run(text, ScriptForm.StartingAsk.Length);
        var apology = Assert.Single(findings, f => f.Kind == FindingKind.Apology);

        var marks = MessageMarks.For(text, Generated.Parts, findings, text, [], null);
        var stale = MessageMarks.For(text + " More words.", Generated.Parts, findings, text, [], null);

        var mark = Assert.Single(marks.Marks, m => m.Start == apology.Start && m.Class.StartsWith(MessageMarks.FindingClass, StringComparison.Ordinal));
        Assert.Equal(text.Substring(apology.Start, apology.Length), Marked(text, mark));
        Assert.Contains("sorry", Marked(text, mark), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(stale.Marks, m => m.Class.StartsWith(MessageMarks.FindingClass, StringComparison.Ordinal));
    }

    [Fact]
    public void For_AToneSwitch_MarksTheSentencesThatChanged_AsTheBuilderComputesThem()
    {
        var state = new MessageState();
        state.Change(f => f.Tone = Tone.Warm);

        var marks = MessageMarks.For(state.Text, state.Script.Parts, state.Findings, state.FindingsFor, state.Changed, state.ChangedFor);

        Assert.NotEmpty(state.Changed);
        var changed = marks.Marks.Where(m => m.Class == MessageMarks.ChangedClass).Select(m => new TextRange(m.Start, m.End - m.Start));
        Assert.Equal(state.Changed, changed);
        state.SetText(state.Text + " My own words.", 1, state.TextRevision);
        var afterTyping = MessageMarks.For(state.Text, state.Script.Parts, state.Findings, state.FindingsFor, state.Changed, state.ChangedFor);
        Assert.DoesNotContain(afterTyping.Marks, m => m.Class == MessageMarks.ChangedClass);
    }

    [Fact]
    public void ToBrowser_IsTheTextsLengthAndHash_ThenClassStartEndPerMark_AndNeverTheText()
    {
        var text = Generated.Text;
        var marks = PartsOnly(text);

        var numbers = marks.ToBrowser();

        Assert.Equal(2 + (3 * marks.Marks.Count), numbers.Length);
        Assert.Equal(text.Length, numbers[0]);
        Assert.Equal(MessageMarks.HashOf(text), numbers[1]);
        for (var i = 0; i < marks.Marks.Count; i++)
        {
            Assert.Equal(marks.Marks[i], new MessageMark(MessageMarks.Classes[numbers[2 + (3 * i)]], numbers[3 + (3 * i)], numbers[4 + (3 * i)]));
        }

        // What goes over the wire is numbers only: not a word of the message.
        Assert.Matches("^\\[[-0-9,]*\\]$", JsonSerializer.Serialize(numbers));
    }

    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void HashOf_IsFnv1a_WhichTheBrowserComputesTheSameWay(string text, uint expected) =>
        Assert.Equal(unchecked((int)expected), MessageMarks.HashOf(text));

    [Fact]
    public void HashOf_TellsApartTextsOfTheSameLength()
    {
        Assert.NotEqual(MessageMarks.HashOf("I'd like to ask."), MessageMarks.HashOf("I'd like to ask!"));
        Assert.NotEqual(MessageMarks.HashOf("ab"), MessageMarks.HashOf("ba"));
    }

    [Fact]
    public void SameAs_IsTrueOnlyForTheSameHighlightsOverTheSameText()
    {
        var text = Generated.Text;

        Assert.True(PartsOnly(text).SameAs(PartsOnly(text)));
        Assert.False(PartsOnly(text).SameAs(PartsOnly(text + " ")));
        Assert.False(PartsOnly(text).SameAs(MessageMarks.For(text, Generated.Parts, [], null, [new TextRange(0, 5)], text)));
        Assert.False(PartsOnly(text).SameAs(null));
    }
}
