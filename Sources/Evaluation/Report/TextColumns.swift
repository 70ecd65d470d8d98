/// Words wrapped into a column of a given width, with the changed ones coloured: the lines keep
/// their visible width so columns line up however the words are coloured.
struct TextColumns {
    struct Line {
        var text = ""
        var width = 0
    }

    static func wrap(_ diff: WordDiff, width: Int, color: String?) -> [Line] {
        var lines: [Line] = []
        for paragraph in diff.paragraphs {
            var line = Line()
            for word in paragraph {
                var rest = VisibleText.neutralized(word.text)
                // A word longer than the column is cut into column-wide pieces.
                while !rest.isEmpty {
                    let piece = String(rest.prefix(width))
                    rest = String(rest.dropFirst(piece.count))
                    let needed = line.width == 0 ? piece.count : piece.count + 1
                    if line.width > 0 && line.width + needed > width {
                        lines.append(line)
                        line = Line()
                    }
                    if line.width > 0 {
                        line.text += " "
                        line.width += 1
                    }
                    line.text += word.changed && color != nil ? "\u{1B}[\(color!)m\(piece)\u{1B}[0m" : piece
                    line.width += piece.count
                }
            }
            lines.append(line)
        }
        return lines
    }

    static func padded(_ line: Line, to width: Int) -> String {
        line.text + String(repeating: " ", count: max(0, width - line.width))
    }
}
