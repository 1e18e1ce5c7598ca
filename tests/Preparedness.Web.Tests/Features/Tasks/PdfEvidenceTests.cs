using System.Text;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>A "PDF" is checked beyond its first five bytes: header, end marker and a cross-reference where startxref points.</summary>
public sealed class PdfEvidenceTests
{
    public static TheoryData<string, string> NotWholePdfs => new()
    {
        { "header-on-text", "%PDF-1.7\njust some text pretending\n" },
        { "header-and-eof-only", "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF" },
        { "no-version", "%PDF-x\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n" },
        { "startxref-past-the-end", "%PDF-1.7\nxref\n0 1\ntrailer<<>>\nstartxref\n99999\n%%EOF\n" },
        { "startxref-at-nothing", "%PDF-1.7\nhello world here\ntrailer<<>>\nstartxref\n9\n%%EOF\n" },
        { "cut-short", Encoding.ASCII.GetString(TestFiles.MinimalPdf()[..^20]) },
    };

    [Theory]
    [MemberData(nameof(NotWholePdfs))]
    public void A_file_that_only_starts_like_a_pdf_is_refused_with_its_own_message(string kind, string content)
    {
        var (file, error) = EvidenceInspector.Inspect(new EvidenceUpload(kind + ".pdf", Encoding.ASCII.GetBytes(content)));

        Assert.Null(file);
        Assert.Equal("Evidence.BrokenPdf", error);
    }

    [Fact]
    public void A_whole_pdf_with_a_table_or_a_stream_for_cross_references_is_accepted()
    {
        var table = TestFiles.MinimalPdf();
        var stream = Encoding.ASCII.GetBytes("%PDF-1.5\n%\u00e2\u00e3\n5 0 obj\n<< /Type /XRef /Size 1 >>\nstream\nendstream\nendobj\nstartxref\n13\n%%EOF\n");

        Assert.Equal("application/pdf", EvidenceInspector.Inspect(new EvidenceUpload("a.pdf", table)).File?.ContentType);
        Assert.Equal("application/pdf", EvidenceInspector.Inspect(new EvidenceUpload("b.pdf", stream)).File?.ContentType);
    }
}
