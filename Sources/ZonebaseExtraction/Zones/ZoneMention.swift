import ZonebaseModel

/// A place in the text that names something a figure or event can be about.
struct Mention: Sendable {
    /// What kind of thing is named.
    enum Kind: Sendable, Equatable {
        /// A named zone or park ("Luzhou Hi-tech Industrial Development Zone").
        case zone
        /// A province, city, district or the country.
        case place
        /// A group of zones ("Chenzhou city's industrial parks", "national high-tech zones").
        case group
        /// A reference back: "the zone", "the park", "the district", "these zones".
        case anaphor
    }

    /// What kind of thing is named.
    var kind: Kind
    /// The tokens of the mention.
    var tokens: Range<Int>
    /// The name as the text gives it (for an anaphor: the word it refers with, e.g. "zone").
    var name: String
    /// For zones: the zone's type read from its name.
    var zoneType: ZoneType?
    /// For places: whether it is a province, city, district or the country.
    var placeLevel: PlaceLevel?
    /// For zones named in a coordinated list ("Chengdu, Mianyang and Zigong high-tech parks").
    var isFromList = false
    /// For sub-parks listed lowercase ("modern pharmaceutical industrial park, …").
    var isSubPark = false
}

/// How large a place is.
enum PlaceLevel: Sendable, Equatable {
    /// The country.
    case country
    /// A province, autonomous region or municipality.
    case province
    /// A prefecture-level or county-level city.
    case city
    /// A district or county.
    case district
}
