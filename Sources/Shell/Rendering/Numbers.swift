import Dataset

enum Numbers {
    /// 65536 -> "65,536".
    static func grouped(_ n: Int) -> String { n.grouped }

    static func plural(_ n: Int, _ word: String) -> String { "\(grouped(n)) \(word)\(n == 1 ? "" : "s")" }
}
