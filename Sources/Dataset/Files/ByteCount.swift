import Foundation

/// Sizes as messages give them: "812 bytes", "3.4 KB", "64 MB", "2.0 GB" (units of 1,024).
public enum ByteCount {
    public static func text(_ bytes: Int) -> String {
        let units = ["KB", "MB", "GB", "TB"]
        guard bytes >= 1024 else { return "\(bytes) bytes" }
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return value < 10 ? String(format: "%.1f", value) + " " + units[unit] : "\(Int(value.rounded())) \(units[unit])"
    }
}
