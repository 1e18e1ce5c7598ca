using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>Keeps what the app logs at warning level or above, to show that an action logs no false alarm.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Warnings { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                capture.Warnings.Enqueue($"{logLevel} {category} [{eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}]: {formatter(state, exception)}");
            }
        }
    }
}
