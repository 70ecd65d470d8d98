/// The longest common subsequence of two sequences, the measure under both the similarity score
/// and the word-level differences.
enum LongestCommonSubsequence {
    /// Its length, in O(a·b) time and O(b) memory.
    static func length<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 1...b.count {
                let above = row[j]
                row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = above
            }
        }
        return row[b.count]
    }

    /// For each element of `b`, whether it is part of one longest common subsequence with `a`.
    static func matched<T: Equatable>(_ a: [T], in b: [T]) -> [Bool] {
        guard !a.isEmpty, !b.isEmpty else { return [Bool](repeating: false, count: b.count) }
        // A full table: word lists are short (a reply), and the path back needs it.
        let width = b.count + 1
        var table = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in 1...a.count {
            for j in 1...b.count {
                table[i * width + j] = a[i - 1] == b[j - 1] ? table[(i - 1) * width + j - 1] + 1 : max(table[(i - 1) * width + j], table[i * width + j - 1])
            }
        }
        var result = [Bool](repeating: false, count: b.count)
        var (i, j) = (a.count, b.count)
        while i > 0 && j > 0 {
            if a[i - 1] == b[j - 1] {
                result[j - 1] = true
                i -= 1
                j -= 1
            } else if table[(i - 1) * width + j] >= table[i * width + j - 1] {
                i -= 1
            } else {
                j -= 1
            }
        }
        return result
    }
}
