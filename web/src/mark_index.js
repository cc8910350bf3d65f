// The reading view's marks by "layer:id" (e.g. "passage:3", "entity:12"): hover and focus
// (twins.js), the chosen entity (chosen.js), scroll sync and the other views find a highlight's
// marks in every column here.
//
// A long column builds its text only near where it is read (lazy_column.js), so its marks join
// the index as its chunks are built, in any order: `get` gives the marks built so far, in
// document order; `ensure` builds every chunk that holds a key's marks first (to reveal them or
// step through them all).

export class MarkIndex extends Map {
  constructor() {
    super();
    this.unsorted = new Set(); // keys whose marks were added out of document order
    this.lazy = []; // the lazy columns (lazy_column.js) whose marks are added here
    this.version = 0; // counts the chunks built after the columns were put in place
    this.on_fill = null; // called after such chunks are built
  }

  /** Adds `mark` under `key`; `in_order`: it follows every mark added so far in the page (the
   * columns built from their start, one after the other). */
  add(key, mark, in_order = true) {
    const list = super.get(key);
    if (!list) super.set(key, [mark]);
    else {
      list.push(mark);
      if (!in_order) this.unsorted.add(key);
    }
  }

  get(key) {
    const list = super.get(key);
    if (list && this.unsorted.delete(key)) list.sort(by_position);
    return list;
  }

  /** The marks of `key` in every column, its chunks built first. */
  ensure(key) {
    for (const column of this.lazy) column.fill_key(key);
    return this.get(key) || [];
  }

  /** The same in time slices (slices.js): an entity named on every page of a long article has
   * its marks in hundreds of chunks (the most named of two 5 MB articles: 640 ms in one task). */
  async ensure_sliced(key, slicer) {
    for (const column of this.lazy) await column.fill_key_sliced(key, slicer);
    return this.get(key) || [];
  }

  /** Builds every chunk (printing, the standalone report). */
  fill_all() {
    for (const column of this.lazy) column.fill_all();
  }

  /** Told by a lazy column that it built chunks. */
  filled() {
    this.version++;
    if (this.on_fill) this.on_fill();
  }

  /** The columns were replaced: their lazy chunks stop watching the screen. */
  dispose() {
    for (const column of this.lazy) column.dispose();
    this.lazy = [];
  }
}

const by_position = (a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/** The marks of `key` in `index`, every chunk holding one built first (a plain Map, as the
 * index is before any report: what it holds). */
export const marks_of = (index, key) => (index.ensure ? index.ensure(key) : index.get(key) || []);

/** marks_of in time slices. */
export const marks_of_sliced = async (index, key, slicer) => (index.ensure_sliced ? index.ensure_sliced(key, slicer) : index.get(key) || []);
