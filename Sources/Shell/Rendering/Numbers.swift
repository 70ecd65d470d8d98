import Dataset

enum Numbers {
    /// 65536 -> "65,536".
    static func grouped(_ n: Int) -> String { n.grouped }

    /// "1 reply", "2 replies", "3 examples".
    static func plural(_ n: Int, _ word: String) -> String { "\(grouped(n)) \(n == 1 ? word : pluralForm(of: word))" }

    /// A consonant and "y" make "ies" (reply, replies); every other word takes an "s".
    static func pluralForm(of word: String) -> String {
        guard word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) else { return word + "s" }
        return word.dropLast() + "ies"
    }
}
