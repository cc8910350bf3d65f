// Page furniture in the reading view: the lines the core flagged as not the article (share
// buttons, captions, link lists...; each document's `furniture`: [{start, end, reason}]). They
// are never removed: each becomes a highlight of layer "furniture" with its reason, dimmed by
// CSS unless the reader asks to see them plainly, and the status line says why a line was set
// apart.

/** What each of the core's stable reasons means to a reader (docs/report-format.md). */
const kReasons = {
  phrase: 'a share, sign-up or advertising line',
  metadata: 'page metadata',
  player: 'video or audio player text',
  caption: 'a photo caption or credit',
  'related-links': 'related links after the article',
  'link-list': 'a list of links',
  repeated: 'a line that also stands alone in another loaded article',
  marked: 'marked by you', // corrections.js
};

/** The furniture highlights of every document (report index): id = the line's index in its
 * document's list, data-reason = the core's reason. */
export function furniture_highlights(report) {
  return report.documents.map((doc) =>
    (doc.furniture || []).map((line, k) => ({ start: line.start, end: line.end, layer: 'furniture', id: k, attrs: { reason: line.reason } })),
  );
}

/** "Page furniture (a photo caption or credit): left out of the analysis", for a mark's
 * data-reason (space-separated reasons). */
export function describe_furniture(reasons, included) {
  if (!reasons) return '';
  const why = reasons
    .split(' ')
    .map((r) => kReasons[r] || r)
    .join(', ');
  return `Page furniture (${why}): ${included ? 'analysed, as the settings ask' : 'left out of the analysis'}`;
}

export const furniture_count = (report) => report.documents.reduce((n, d) => n + (d.furniture || []).length, 0);
