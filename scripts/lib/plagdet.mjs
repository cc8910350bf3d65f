// The PAN plagdet measure (Potthast et al., "An Evaluation Framework for
// Plagiarism Detection", COLING 2010), at character level.
//
// A case (gold) or detection is {a: [start, end), b: [start, end)} in one
// document pair. A detection r detects a case s when their ranges overlap in
// both documents; s ⊓ r is then the characters they share in a and in b.
//   recall    = mean over cases s of |∪_r (s ⊓ r)| / |s|
//   precision = mean over detections r of |∪_s (s ⊓ r)| / |r|
//   granularity = mean over detected cases of the number of detections detecting them
//   plagdet = F1(precision, recall) / log2(1 + granularity)
// Pairs are scored together (macro over all cases and all detections).

const overlap = (x, y) => Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
const detects = (s, r) => overlap(s.a, r.a) > 0 && overlap(s.b, r.b) > 0;

function unionLength(ranges) {
  const sorted = ranges.filter((r) => r[1] > r[0]).sort((x, y) => x[0] - y[0]);
  let total = 0, start = -1, end = -1;
  for (const [s, e] of sorted) {
    if (s > end) { total += end - start; start = s; end = e; } else end = Math.max(end, e);
  }
  return total + (end - start);
}

const intersect = (x, y) => [Math.max(x[0], y[0]), Math.min(x[1], y[1])];
const size = (c) => (c.a[1] - c.a[0]) + (c.b[1] - c.b[0]);

// pairs: [{gold: [case...], detections: [case...]}]
export function plagdet(pairs) {
  let recallSum = 0, cases = 0, precisionSum = 0, detections = 0, granSum = 0, detected = 0;
  for (const { gold, detections: dets } of pairs) {
    for (const s of gold) {
      cases++;
      const hits = dets.filter((r) => detects(s, r));
      if (hits.length) { detected++; granSum += hits.length; }
      const a = unionLength(hits.map((r) => intersect(s.a, r.a)));
      const b = unionLength(hits.map((r) => intersect(s.b, r.b)));
      recallSum += (a + b) / size(s);
    }
    for (const r of dets) {
      detections++;
      const hits = gold.filter((s) => detects(s, r));
      const a = unionLength(hits.map((s) => intersect(s.a, r.a)));
      const b = unionLength(hits.map((s) => intersect(s.b, r.b)));
      precisionSum += size(r) ? (a + b) / size(r) : 0;
    }
  }
  const recall = cases ? recallSum / cases : 0;
  const precision = detections ? precisionSum / detections : (cases ? 0 : 1);
  const granularity = detected ? granSum / detected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { plagdet: f1 / Math.log2(1 + granularity), precision, recall, granularity, cases, detections };
}
