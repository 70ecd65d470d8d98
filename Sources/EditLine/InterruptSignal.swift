import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C as something to wait for. A SIGINT handler (installed without SA_RESTART, so the line
/// editor's read returns EINTR and drops the line) writes one byte to a pipe; `next()` waits for
/// a byte that arrives after it was called.
public final class InterruptSignal: @unchecked Sendable {  // its state is the pipe, shared by design
    public static let shared = InterruptSignal()

    nonisolated(unsafe) private static var writeEnd: Int32 = -1
    private let readEnd: Int32

    private init() {
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        readEnd = fds[0]
        Self.writeEnd = fds[1]
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            var byte: UInt8 = 1
            _ = write(InterruptSignal.writeEnd, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    private func drain() {
        var byte: UInt8 = 0
        while read(readEnd, &byte, 1) == 1 {}
    }

    /// Waits for the next Ctrl-C (earlier ones are forgotten). Returns early when the task is cancelled.
    public func next() async {
        drain()
        let cancelled = ManagedFlag()
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                DispatchQueue.global().async { [readEnd] in
                    var descriptor = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
                    while !cancelled.isSet {
                        if poll(&descriptor, 1, 100) > 0 {
                            var byte: UInt8 = 0
                            if read(readEnd, &byte, 1) == 1 { break }
                        }
                    }
                    continuation.resume()
                }
            }
        } onCancel: {
            cancelled.set()
        }
    }
}

final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
