/// The queries whose sorted rows make a knowledge base's content digest: everything stored, without
/// row ids. Plain SQL both backends read (COALESCE, ||), constant text with no values in it.
enum ContentDigestQueries {
    static let all = [
        "SELECT id || '|' || content_hash FROM document",
        """
        SELECT z.name || '|' || z.zone_key || '|' || z.type || '|' || COALESCE(z.level, '') || '|' || COALESCE(z.province, '')
               || '|' || COALESCE(z.city, '') || '|' || COALESCE(p.name, '')
        FROM zone z LEFT JOIN zone p ON p.id = z.parent_id
        """,
        "SELECT z.name || '|' || a.alias || '|' || a.document_id FROM zone_alias a JOIN zone z ON z.id = a.zone_id",
        "SELECT e.document_id || '|' || z.name || '|' || e.kind || '|' || e.date || '|' || e.quote FROM event e JOIN zone z ON z.id = e.zone_id",
        """
        SELECT f.document_id || '|' || COALESCE(z.name, '') || '|' || f.subject || '|' || f.metric || '|' || f.value || '|'
               || f.unit || '|' || f.aspect || '|' || f.status || '|' || f.bound || '|' || COALESCE(f.period, '') || '|' || f.quote
        FROM figure f LEFT JOIN zone z ON z.id = f.zone_id
        """,
        "SELECT i.document_id || '|' || z.name || '|' || i.name FROM industry i JOIN zone z ON z.id = i.zone_id",
    ]
}
