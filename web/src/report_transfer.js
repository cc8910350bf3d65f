// The report's way from the worker to the page, in parts, so that no single step holds the main
// thread for long.
//
// The core's report for two 5 MB articles is 22 MB of JSON (10 MB of it the texts, 6 MB
// entities): JSON.parse of the whole on the main thread took 150–250 ms in one task, and a
// parsed report posted as a structured clone costs the main thread more still (web/README.md,
// "The report crosses as text"). So the worker parses it and posts each document's text as a
// plain string (a string is copied, not parsed) and the rest as small JSON texts: one per
// document (its sentences and only_in lists) and one per other section. The page parses them
// one at a time, pausing between them when its time slice is spent (slices.js), and puts the
// texts back: the object is the same as JSON.parse of the core's text, keys in the same order.

/** Worker side: `json`, the core's report, as {parts: [key, index, json][], texts}. */
export function split_report(json) {
  const report = JSON.parse(json);
  const texts = [];
  const parts = [];
  for (const [key, value] of Object.entries(report)) {
    if (key === 'documents' && Array.isArray(value)) {
      value.forEach((doc, i) => {
        if (typeof doc.text === 'string') {
          texts[i] = doc.text;
          doc.text = ''; // kept in place so the key order stays the core's
        }
        parts.push([key, i, JSON.stringify(doc)]);
      });
      if (value.length === 0) parts.push([key, -1, '[]']);
    } else parts.push([key, -1, JSON.stringify(value)]);
  }
  return { parts, texts };
}

/**
 * Page side: the report back from split_report's parts.
 * @param {{parts: [string, number, string][], texts: string[]}} split
 * @param {import('./slices.js').Slicer} slicer  paused between parts when its slice is spent
 */
export async function join_report({ parts, texts }, slicer) {
  const report = {};
  for (const part of parts) {
    const [key, index, json] = part;
    if (index < 0) report[key] = JSON.parse(json);
    else (report[key] ||= [])[index] = JSON.parse(json);
    part[2] = null; // the text of a part is not needed any more
    if (slicer.due()) await slicer.pause();
  }
  texts.forEach((text, i) => {
    if (text !== undefined && report.documents && report.documents[i]) report.documents[i].text = text;
  });
  return report;
}
