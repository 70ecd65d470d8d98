/// The one actor the shell's state lives on: the shell, its session, its commands and their
/// context. The line editor's callbacks run inside `readLine`, on this actor's thread; they read
/// copies taken before the line is read (`Completions`, the right prompt's draft).
@globalActor public actor ShellActor {
    public static let shared = ShellActor()
}
