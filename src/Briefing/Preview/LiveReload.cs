using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>Server-sent events to every open page: "reload" after a good rebuild, "problems" after a failed one.</summary>
public sealed class LiveReload
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    public void Send(string eventName, string data)
    {
        var message = $"event: {eventName}\ndata: {data.Replace("\n", "\ndata: ", StringComparison.Ordinal)}\n\n";
        foreach (var client in _clients.Values)
            client.Writer.TryWrite(message);
    }

    public async Task StreamAsync(Stream body, Func<Task> flush, string? initial, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        try
        {
            await WriteAsync(": connected\n\n");
            if (initial is not null)
                await WriteAsync(initial);
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
                await WriteAsync(message);
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server stops.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }

        async Task WriteAsync(string text)
        {
            await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken);
            await flush();
        }
    }
}
