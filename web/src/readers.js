// PDF and Word files: their text is taken by optional reader scripts next to the page
// (readers/pdf.js, readers/docx.js; scripts/build_readers.mjs), loaded with a <script> element
// the first time such a file arrives. They are not part of the page's initial transfer, and a
// <script> element loads from file:// where fetch cannot. When a reader is missing (the page
// copied alone) or fails, the file is refused with the reason; other files go on.

const kReaders = {
  pdf: { src: 'readers/pdf.js', label: 'PDF' },
  docx: { src: 'readers/docx.js', label: 'Word' },
};

const loading = new Map();

/** 'pdf', 'docx' or null: which reader a file needs, by its name or (PDF) its first bytes. */
export function reader_kind(name, first_bytes) {
  if (/\.pdf$/i.test(name)) return 'pdf';
  if (/\.docx$/i.test(name)) return 'docx';
  const magic = '%PDF-';
  if (first_bytes.length >= magic.length && [...magic].every((c, i) => first_bytes[i] === c.charCodeAt(0))) return 'pdf';
  return null;
}

/** The reader of `kind` ({extract(bytes)}), loading its script once; rejects with a reason. */
function load_reader(kind) {
  const loaded = () => globalThis.parallax_readers && globalThis.parallax_readers[kind];
  if (loaded()) return Promise.resolve(loaded());
  if (!loading.has(kind)) {
    const { src, label } = kReaders[kind];
    const missing = `the ${label} reader (${src}, next to the page) is missing or could not load, so ${label} files cannot be read here`;
    const script = document.createElement('script');
    const promise = new Promise((resolve, reject) => {
      script.onload = () => (loaded() ? resolve(loaded()) : reject(new Error(missing)));
      script.onerror = () => reject(new Error(missing));
    }).catch((error) => {
      // A later drop tries again (the file may have been put back).
      loading.delete(kind);
      script.remove();
      throw error;
    });
    script.src = src;
    document.head.append(script);
    loading.set(kind, promise);
  }
  return loading.get(kind);
}

/**
 * The text of a PDF or Word file and the notice its column shows; throws an Error whose
 * `refusal` is the reason it is not read ("no text layer (scanned image?)").
 * @returns {Promise<{text: string, notice: string}>}
 */
export async function read_with_reader(kind, name, bytes) {
  try {
    const reader = await load_reader(kind);
    const { text, pages } = await reader.extract(bytes);
    const notice =
      kind === 'pdf'
        ? `${name}: text extracted from PDF (${pages === 1 ? '1 page' : `${pages} pages`}); the layout is not kept.`
        : `${name}: text extracted from a Word document.`;
    return { text, notice };
  } catch (error) {
    throw Object.assign(new Error(error.message), { refusal: error.message || String(error) });
  }
}
