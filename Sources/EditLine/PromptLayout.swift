import CEditLine

/// Where the right prompt goes. libedit draws it only while the prompt, the line and the right
/// prompt fit on the first row; a longer line (or one holding a pasted newline) would lose it.
/// Then the right prompt gets a row of its own above the line, still flush right, as part of the
/// left prompt.
enum PromptLayout {
    /// Whether libedit will draw `right` beside `prompt` and `line` in `columns`.
    static func fitsOnOneRow(prompt: String, line: String, right: String, columns: Int) -> Bool {
        guard !line.contains("\n") else { return false }
        // libedit's rule: a gap of at least one column, and never the last column.
        return width(prompt) + width(line) + width(right) + 1 < columns
    }

    /// The left prompt with `right` on a row of its own above it, flush right (one column short
    /// of the edge, as libedit leaves it), filling the row so the prompt starts on the next.
    static func stacked(prompt: String, right: String, columns: Int) -> String {
        let pad = max(0, columns - width(right) - 1)
        return String(repeating: " ", count: pad) + right + String(repeating: " ", count: max(1, columns - pad - width(right))) + prompt
    }

    /// Columns `text` takes on the terminal, as libedit counts them: escapes between
    /// `EditLineReader.promptEscape` characters take none, control characters two (`^X`), a tab
    /// at most eight.
    static func width(_ text: String) -> Int {
        var total = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar.value == UInt32(EditLineReader.promptEscape) {
                inEscape.toggle()
                continue
            }
            if inEscape { continue }
            if scalar == "\t" {
                total += 8
                continue
            }
            let columns = Int(shim_wcwidth(scalar.value))
            total += columns >= 0 ? columns : (scalar.value < 0x20 || scalar.value == 0x7F ? 2 : 0)
        }
        return total
    }
}

/// Tab's candidates laid out as `ls` lays out names: down the columns, then across, every row
/// narrower than the terminal, so no name is ever cut at its edge.
public enum CandidateColumns {
    public static func rows(_ items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let widths = items.map(PromptLayout.width)
        let columnWidth = (widths.max() ?? 0) + 2
        // The last column needs no gap after it; one column is left free, as libedit leaves it.
        let columns = max(1, (width - 1 + 2) / columnWidth)
        let rowCount = (items.count + columns - 1) / columns
        return (0..<rowCount).map { row in
            let indices = Array(stride(from: row, to: items.count, by: rowCount))
            return indices.enumerated().map { position, index in
                position == indices.count - 1 ? items[index] : items[index] + String(repeating: " ", count: columnWidth - widths[index])
            }.joined()
        }
    }
}
