import Foundation

/// Paths in the commands tunesmith suggests, written so they can be pasted into a shell as they are.
public enum ShellQuoting {
    /// `data.jsonl` stays as it is; `my data.jsonl` becomes `'my data.jsonl'`; a quote inside is
    /// written `'\''`; a name that starts with `-` gets `./` so no command reads it as an option.
    public static func path(_ path: String) -> String {
        let safe = path.isEmpty ? path : (path.hasPrefix("-") ? "./" + path : path)
        return quoted(safe)
    }

    /// One shell word.
    public static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "/._-+,:@%=".unicodeScalars.contains(scalar)) && scalar.value > 0x20
                && !(0x7F...0x9F).contains(scalar.value)
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
