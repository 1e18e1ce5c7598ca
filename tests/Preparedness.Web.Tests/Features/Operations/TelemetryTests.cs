using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Preparedness.Web.Features;
using Preparedness.Web.Features.Reminders;

namespace Preparedness.Web.Tests.Features.Operations;

public sealed class TelemetryTests
{
    [Theory]
    [InlineData("http://otel-collector:4317", true)]
    [InlineData(null, false)]
    public void Traces_and_metrics_are_set_up_only_when_an_otlp_endpoint_is_configured(string? endpoint, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Preparedness"] = "Host=127.0.0.1;Port=1;Database=none",
            ["Preparedness:Jobs:Enabled"] = "false",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
        }).Build();
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddPreparedness(configuration)
            .BuildServiceProvider();

        Assert.Equal(expected, services.GetService<MeterProvider>() is not null);
        Assert.Equal(expected, services.GetService<TracerProvider>() is not null);
    }

    [Fact]
    public void A_sweep_and_deliveries_are_measured_on_the_reminders_meter()
    {
        var measured = new List<(string Instrument, double Value)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ReminderMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((i, v, _, _) => { lock (measured) { measured.Add((i.Name, v)); } });
        listener.SetMeasurementEventCallback<long>((i, v, _, _) => { lock (measured) { measured.Add((i.Name, v)); } });
        listener.Start();

        ReminderMetrics.Swept(TimeSpan.FromSeconds(1.5), 120);
        ReminderMetrics.Delivered(3, sent: false);

        Assert.Contains(("preparedness.reminders.sweep.duration", 1.5), measured);
        Assert.Contains(("preparedness.reminders.sweep.notifications", 120d), measured);
        Assert.Contains(("preparedness.reminders.deliveries", 3d), measured);
    }
}
