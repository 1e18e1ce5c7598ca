namespace Preparedness.Benchmarks.Generation;

/// <summary>Egypt's 27 governorates: the national scale the issue asks for.</summary>
internal static class EgyptGovernorates
{
    public static readonly IReadOnlyList<(string Ar, string En)> Names =
    [
        ("القاهرة", "Cairo"), ("الجيزة", "Giza"), ("الإسكندرية", "Alexandria"), ("القليوبية", "Qalyubia"),
        ("الشرقية", "Sharqia"), ("الدقهلية", "Dakahlia"), ("الغربية", "Gharbia"), ("المنوفية", "Monufia"),
        ("البحيرة", "Beheira"), ("كفر الشيخ", "Kafr El Sheikh"), ("دمياط", "Damietta"), ("بورسعيد", "Port Said"),
        ("الإسماعيلية", "Ismailia"), ("السويس", "Suez"), ("شمال سيناء", "North Sinai"), ("جنوب سيناء", "South Sinai"),
        ("الفيوم", "Faiyum"), ("بني سويف", "Beni Suef"), ("المنيا", "Minya"), ("أسيوط", "Asyut"),
        ("سوهاج", "Sohag"), ("قنا", "Qena"), ("الأقصر", "Luxor"), ("أسوان", "Aswan"),
        ("البحر الأحمر", "Red Sea"), ("الوادي الجديد", "New Valley"), ("مطروح", "Matrouh"),
    ];

    public static string Code(int number) => $"gov{number:00}";
}
