using System.Globalization;

namespace Preparedness.Web.Features.DemoData;

/// <summary>The Arabic notes owners and verifiers write in the demo history, in their usual register.</summary>
internal static class DemoPhrases
{
    public const string Created = "أُضيفت المهمة إلى خطة الشتاء من مكتبة مهام الاستعداد";

    public static readonly string[] Preparing =
    [
        "تم حصر الاحتياجات وجارٍ الإعداد للتنفيذ",
        "تم التنسيق مع الجهات المعاونة، ويبدأ التنفيذ الأسبوع المقبل",
        "تم تكليف فريق العمل المختص وتحديد المواقع",
    ];

    public static readonly string[] Started =
    [
        "بدأ التنفيذ وفق الجدول الزمني المعتمد",
        "تم تشكيل فريق العمل وبدء الأعمال الميدانية",
        "جارٍ التنفيذ بالتنسيق مع غرفة العمليات الفرعية",
        "تم الدفع بالمعدات اللازمة وبدء العمل",
    ];

    public static readonly string[] Blocked =
    [
        "في انتظار اعتماد مخصصات مالية إضافية من المحافظة",
        "تعطل معدة الشفط الرئيسية وجارٍ إصلاحها بالورشة",
        "في انتظار موافقة الجهة المختصة على بدء الأعمال",
        "نقص في العمالة المؤقتة المتعاقد عليها",
        "تعذر الوصول للموقع لوجود تعديات تحتاج قرار إزالة",
        "في انتظار توريد قطع الغيار اللازمة",
    ];

    public static readonly string[] ReportedDone =
    [
        "تم الانتهاء من التنفيذ ومرفق محضر الاستلام والصور",
        "اكتمل العمل وتم رفع التقرير إلى الأمانة العامة",
        "تم التنفيذ بالكامل ومرفق كشف الحصر",
    ];

    public static readonly string[] Verified =
    [
        "تمت المعاينة الميدانية والتحقق من التنفيذ",
        "تم التحقق خلال المرور الميداني للجنة المشكلة",
        "تمت مراجعة المستندات ومطابقتها على الطبيعة",
    ];

    public static readonly string[] Returned =
    [
        "الصور المرفقة غير كافية، يرجى إرفاق محضر المعاينة",
        "الكميات المذكورة لا تطابق كشف الحصر، يرجى المراجعة",
        "تبقى موقعان لم يتم العمل بهما وفق المرور الميداني",
    ];

    // Focal points of organisations without a demo account; common names, not real office holders.
    public static readonly string[] FocalPoints =
    [
        "م. أحمد عبد الحميد", "أ. محمد السيد", "م. محمود عبد الرحمن", "د. هالة منصور",
        "أ. سامح فوزي", "م. عمرو عبد العزيز", "أ. منى إبراهيم", "م. خالد حسن",
        "أ. إيمان عبد الله", "م. طارق يوسف", "أ. ياسر كمال", "د. نجلاء فتحي",
        "م. حسام الدين علي", "أ. رانيا محمود", "م. وليد شاكر", "أ. هشام عبد الفتاح",
        "م. شريف عبد الباقي", "أ. نادية حسين", "م. مصطفى رشاد", "أ. عادل سليمان",
        "د. أسامة النجار", "م. كريم عبد الوهاب", "أ. سحر عبد المنعم", "م. إبراهيم الشافعي",
    ];

    public static string Progress(decimal achieved, decimal target, string? unitAr) => unitAr == "٪"
        ? string.Create(CultureInfo.InvariantCulture, $"بلغت نسبة التنفيذ {achieved:0.##}٪ من المستهدف {target:0.##}٪")
        : string.Create(CultureInfo.InvariantCulture, $"تم إنجاز {achieved:0.##} من {target:0.##} {unitAr}").TrimEnd();

    public static string Pick(this Random random, string[] phrases) => phrases[random.Next(phrases.Length)];
}
