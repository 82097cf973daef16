using System.Text;
using System.Xml;

namespace Briefing.SiteFiles;

/// <summary>Writes XML the same way every time: UTF-8 without a byte-order mark, indented, LF line ends.</summary>
internal static class SiteXml
{
    public static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        using (var writer = XmlWriter.Create(text, settings))
            body(writer);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text + "\n";
    }

    /// <summary>Text without the characters XML cannot hold (control characters an editor may paste into a title).</summary>
    public static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : string.Concat(text.Where(XmlConvert.IsXmlChar));
}
