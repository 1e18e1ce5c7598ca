using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Preparedness.Web.Components.Shared;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Tests.Components;

public sealed class AppErrorBoundaryTests : BunitContext
{
    [Fact]
    public void An_unexpected_error_shows_a_friendly_arabic_message_with_the_reference_the_log_has()
    {
        var logs = new CapturingLoggerProvider();
        Services.AddLocalization();
        Services.AddLogging(b => b.AddProvider(logs));
        CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");

        var cut = Render<AppErrorBoundary>(p => p.AddChildContent<Thrower>());

        var alert = cut.Find("[role=alert]").TextContent;
        Assert.Contains("عذرًا، حدث خطأ", alert);
        Assert.DoesNotContain("InvalidOperationException", alert);
        var logged = Assert.Single(logs.Entries, e => e.Exception is InvalidOperationException);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(logged.Reference, alert);
    }

    [Fact]
    public void A_refusal_says_in_arabic_that_it_is_not_allowed_without_a_reference_and_logs_only_a_warning()
    {
        var logs = new CapturingLoggerProvider();
        Services.AddLocalization();
        Services.AddLogging(b => b.AddProvider(logs));
        CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");

        var cut = Render<AppErrorBoundary>(p => p.AddChildContent<Refuser>());

        var alert = cut.Find("[role=alert]").TextContent;
        Assert.Contains("غير مسموح لك", alert);
        Assert.DoesNotContain("عذرًا، حدث خطأ", alert);
        Assert.DoesNotContain("الرقم المرجعي", alert);
        Assert.DoesNotContain("user-1", alert);
        var logged = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Null(logged.Exception);
        Assert.Contains("user-1", logged.Message);
    }

    private sealed class Thrower : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("boom");
    }

    private sealed class Refuser : ComponentBase
    {
        protected override void OnInitialized() => throw new AccessDeniedException("user-1 may not manage tasks in governorate 2");
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<(LogLevel Level, Exception? Exception, string Reference, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var reference = (state as IEnumerable<KeyValuePair<string, object?>>)?.FirstOrDefault(p => p.Key == "ReferenceId").Value?.ToString() ?? "";
                owner.Entries.Add((logLevel, exception, reference, formatter(state, exception)));
            }
        }
    }
}
