/// A MinHash signature of a text's shingles, cut into bands for locality-sensitive hashing: two
/// texts whose shingle sets overlap much (Jaccard similarity s) agree on a whole band with
/// probability s^rows, and so share at least one of the bands with probability
/// 1 − (1 − s^rows)^bands. With 32 bands of 4 rows that is 0.99 at s = 0.6 (a copy cut at 60 %) and
/// 0.23 at s = 0.3, so a new document is compared only with the few stored ones that share a band,
/// not with every one. Candidates are then decided on their shingles (``CopyRule``).
///
/// One permutation, densified (Shrivastava and Li, 2014): each shingle's hash falls into one of the
/// 128 bins by its top bits and the bin keeps its smallest value, so a signature costs one step a
/// shingle instead of 128; an empty bin borrows the value of the next bin to its right that has one,
/// marked by the distance, so that two texts agree on a bin with probability their similarity.
public struct CopySignature: Sendable, Hashable {
    public static let bands = 32
    public static let rows = 4
    private static let bins = bands * rows
    /// The top 7 bits of a hash choose the bin; the other 57 are its value.
    private static let valueMask: UInt64 = (1 << 57) - 1

    /// The smallest value of each bin.
    public let minima: [UInt64]
    /// How many distinct shingles the text has.
    public let shingleCount: Int

    /// The signature of `shingles`; nil when there are too few to tell a copy from a coincidence.
    public init?(_ shingles: TextShingles) {
        guard shingles.hashes.count >= CopyRule.minimumShingles else { return nil }
        var minima = [UInt64](repeating: .max, count: Self.bins)
        for hash in shingles.hashes {
            let bin = Int(truncatingIfNeeded: hash >> 57)
            let value = hash & Self.valueMask
            if value < minima[bin] { minima[bin] = value }
        }
        var dense = minima
        for bin in 0..<Self.bins where minima[bin] == .max {
            var distance = 1
            while minima[(bin + distance) % Self.bins] == .max { distance += 1 }
            dense[bin] = minima[(bin + distance) % Self.bins] &+ UInt64(distance) << 57
        }
        self.minima = dense
        shingleCount = shingles.hashes.count
    }

    /// A signature as stored: its bins (little-endian, 8 bytes each) and its shingle count.
    public init?(stored bytes: [UInt8], shingleCount: Int) {
        guard bytes.count == Self.bins * 8, shingleCount >= CopyRule.minimumShingles else { return nil }
        minima = (0..<Self.bins).map { bin in
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[bin * 8 + $1]) << (8 * UInt64($1)) }
        }
        self.shingleCount = shingleCount
    }

    /// The bins as stored (see ``init(stored:shingleCount:)``).
    public var storedBytes: [UInt8] {
        minima.flatMap { value in (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }
    }

    /// Estimates of how much of the smaller text's shingles the larger holds, and of the smaller's
    /// size over the larger's, from the similarity and the shingle counts: with Jaccard similarity J
    /// and sizes a and b, the texts share J(a + b)/(1 + J) shingles.
    public func overlap(with other: CopySignature) -> (containment: Double, sizeRatio: Double) {
        let similarity = self.similarity(to: other)
        let small = Double(min(shingleCount, other.shingleCount)), large = Double(max(shingleCount, other.shingleCount))
        let shared = similarity * (small + large) / (1 + similarity)
        return (min(1, shared / small), small / large)
    }

    /// One key a band: the band's number and the hash of its rows, as a signed 64-bit number (as
    /// the databases store it).
    public var bandKeys: [BandKey] {
        (0..<Self.bands).map { band in
            var hash: UInt64 = UInt64(band)
            for row in 0..<Self.rows { hash = TextShingles.mixed(hash ^ minima[band * Self.rows + row]) }
            return BandKey(band: band, hash: Int64(bitPattern: hash))
        }
    }

    /// The part of the hash functions on which two signatures agree: an estimate of the Jaccard similarity.
    public func similarity(to other: CopySignature) -> Double {
        Double(zip(minima, other.minima).filter { $0 == $1 }.count) / Double(minima.count)
    }
}

/// One band of a signature, as stored and looked up.
public struct BandKey: Sendable, Hashable, Codable {
    public var band: Int
    public var hash: Int64

    public init(band: Int, hash: Int64) {
        self.band = band
        self.hash = hash
    }
}

/// When a document is a copy of another: what the smaller one says is nearly all in the larger
/// (≥ 80 % of its shingles: a sentence changed, chrome around it, white space or entities written
/// otherwise), and it is not much smaller (≥ 55 % of the larger's shingles: a copy cut at 60 % is a
/// copy; an article and a page holding it beside another article as long are not one text). A
/// text of fewer than 40 shingles (a few lines) is never anyone's copy.
public enum CopyRule {
    public static let minimumShingles = 40
    public static let minimumContainment = 0.8
    public static let minimumSizeRatio = 0.55

    /// Whether texts with these signatures are copies of one article, and how much of the smaller
    /// the larger holds (estimated from the signatures: the texts themselves are not read again).
    public static func isCopy(_ first: CopySignature, _ second: CopySignature) -> (isCopy: Bool, similarity: Double) {
        let overlap = first.overlap(with: second)
        return (overlap.containment >= minimumContainment && overlap.sizeRatio >= minimumSizeRatio, overlap.containment)
    }
}
