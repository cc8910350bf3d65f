// The reading view's highlight layers and their switches in the legend: passages, facts,
// entities (each type on its own as well, from the entity panel), disagreements and page
// furniture (dimmed, or shown plainly).
//
// A layer that is off is not built at all (its marks would otherwise stay in the tab order),
// so switching one re-renders the columns from the last report; furniture is the exception:
// dimming is a class on the columns, the marks stay.

import { discrepancy_highlights } from './discrepancies.js';
import { entity_highlights } from './entities.js';
import { fact_highlights, passage_highlights } from './highlights.js';
import { furniture_highlights } from './furniture.js';

/** Legend checkboxes: id -> the layer it switches. */
const kSwitches = { 'show-passages': 'passage', 'show-facts': 'fact', 'show-entities': 'entity', 'show-discrepancies': 'discrepancy', 'dim-furniture': 'furniture_dim' };

export class Layers {
  /**
   * @param {HTMLElement} legend  holds the switches (checkboxes with the ids of kSwitches)
   * @param {HTMLElement} columns  the reading view's columns (gets class "furniture-plain")
   * @param {() => void} rerender  called when a built layer is switched
   */
  constructor(legend, columns, rerender) {
    this.columns = columns;
    this.rerender = rerender;
    this.boxes = {};
    this.on = { passage: true, fact: true, entity: true, discrepancy: true, furniture_dim: true };
    // Entity types shown while the entity layer is on; people, organisations and places by
    // default (dates and numbers join with a click: all of them at once underline most lines).
    this.entity_types = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);
    for (const [id, layer] of Object.entries(kSwitches)) {
      const box = legend.querySelector(`#${id}`);
      this.boxes[layer] = box;
      box.checked = this.on[layer];
      box.addEventListener('change', () => this.set(layer, box.checked));
    }
  }

  set(layer, on) {
    if (this.on[layer] === on) return;
    this.on[layer] = on;
    this.boxes[layer].checked = on;
    if (layer === 'furniture_dim') this.columns.classList.toggle('furniture-plain', !on);
    else this.rerender();
  }

  /** Switches `layer` on if it is off; true when the columns must be re-rendered for it. */
  ensure(layer) {
    if (this.on[layer]) return false;
    this.on[layer] = true;
    this.boxes[layer].checked = true;
    return true;
  }

  /** Shows or hides the highlights of one entity type; re-renders when the layer is on. */
  set_entity_type(type, on) {
    if (this.entity_types.has(type) === on) return;
    if (on) this.entity_types.add(type);
    else this.entity_types.delete(type);
    if (this.on.entity) this.rerender();
  }

  /** Makes sure mentions of `type` are shown; true when the columns must be re-rendered. */
  ensure_entity_type(type) {
    const changed = this.ensure('entity') || !this.entity_types.has(type);
    this.entity_types.add(type);
    return changed;
  }

  /** Every document's highlights (report index) for the layers that are on; `only_docs`: the
   * documents whose sentences only they report are highlighted. */
  highlights(report, only_docs) {
    const empty = report.documents.map(() => []);
    const lists = [
      this.on.passage ? passage_highlights(report) : empty,
      fact_highlights(report, { facts: this.on.fact, only_docs }),
      this.on.entity ? entity_highlights(report, this.entity_types) : empty,
      this.on.discrepancy ? discrepancy_highlights(report) : empty,
      furniture_highlights(report),
    ];
    return report.documents.map((_, i) => lists.flatMap((list) => list[i]));
  }

  /** Shows in the legend the switches for the layers this report has. */
  show_legend(report, legend) {
    const has = {
      passage: (report.passages || []).length > 0,
      fact: Boolean(report.facts),
      entity: (report.entities || []).length > 0,
      discrepancy: Boolean(report.discrepancies),
      furniture: report.documents.some((d) => (d.furniture || []).length),
    };
    for (const group of legend.querySelectorAll('[data-legend-layer]')) group.hidden = !has[group.dataset.legendLayer];
    return Object.values(has).some(Boolean);
  }
}
