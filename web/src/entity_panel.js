// The entity panel: the report's entities grouped by type, a row per entity and a cell per
// article (how often the entity is mentioned there and the spellings used), sortable by name,
// by mentions or by the number of articles. Each type has a switch that shows or hides its
// mentions as a highlight layer in the reading view; choosing an entity's name lights its
// mentions in every column (the caller's `choose`).
//
// The panel owns its controls (order, type switches, "show all"): its listeners sit on the
// container, so re-rendering never leaves stale ones behind.

import { el, panel_head, plural, radio } from './dom.js';
import { type_info } from './entities.js';
import { with_merge, with_split, without_merge } from './corrections.js';

/** Rows shown per type before "Show all": a long article set has thousands of numbers. */
const kRows = 60;

const kOrders = [
  ['articles', 'By articles'],
  ['mentions', 'By mentions'],
  ['name', 'By name'],
];

const by_name = (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id - b.id;
const kSorts = {
  name: by_name,
  mentions: (a, b) => b.total - a.total || by_name(a, b),
  articles: (a, b) => b.by_doc.size - a.by_doc.size || b.total - a.total || by_name(a, b),
};

export class EntityPanel {
  /**
   * @param {HTMLElement} container
   * @param {{choose:(id:number)=>void, show_type:(type:string, on:boolean)=>void,
   *          correct?:(change:(c:object)=>object, text:string)=>void}} actions  correct: a
   *   correction (corrections.js) made here: merge chosen rows, split a spelling out, undo
   */
  constructor(container, actions) {
    this.container = container;
    this.order = 'articles';
    this.expanded = new Set(); // types whose every row is shown
    this.view = null;
    container.addEventListener('change', (e) => {
      if (e.target.name === 'entity-order') {
        this.order = e.target.value;
        this.render(this.view);
        container.querySelector(`input[name="entity-order"][value="${this.order}"]`)?.focus();
      } else if (e.target.dataset.entityType) actions.show_type(e.target.dataset.entityType, e.target.checked);
      else if (e.target.dataset.mergeType) this.update_merge(e.target.dataset.mergeType);
    });
    container.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-entity-action]');
      if (!button) return;
      const action = button.dataset.entityAction;
      if (action === 'choose') actions.choose(Number(button.dataset.entity));
      else if (action === 'merge') {
        const boxes = [...container.querySelectorAll(`input[data-merge-type="${button.dataset.type}"]:checked`)];
        const keys = boxes.map((b) => b.dataset.key);
        if (keys.length >= 2) actions.correct((c) => with_merge(c, keys), `Merged ${boxes.map((b) => `“${b.dataset.name}”`).join(' and ')}`);
      } else if (action === 'unmerge') actions.correct((c) => without_merge(c, button.dataset.key), 'Undid a merge');
      else if (action === 'split') {
        const { key, variant } = button.dataset;
        actions.correct((c) => with_split(c, key, variant), `Split “${variant}” out`);
      } else if (action === 'unsplit') {
        const { key, variant } = button.dataset;
        actions.correct((c) => ({ ...c, entity_splits: c.entity_splits.filter((s) => !(s.entity === key && s.variant === variant)) }), `Undid the split of “${variant}”`);
      } else {
        this.expanded.add(button.dataset.type);
        this.render(this.view);
      }
    });
  }

  /**
   * @param {{model:object, columns:{index:number, name:string}[], shown_types:Set<string>,
   *          layer_on:boolean}} view  model: entities.js entity_model; columns: the articles
   *   listed, in page order; shown_types: the types highlighted in the reading view.
   */
  render(view) {
    this.view = view;
    const { model, columns, shown_types, layer_on } = view;
    if (!model.entities.length) {
      this.container.replaceChildren(el('p', { class: 'empty-note' }, 'No names, dates or numbers were found in these articles.'));
      return;
    }
    const head = panel_head(
      `${plural(model.entities.length, 'entity', 'entities')}: people, organisations, places, dates and numbers, each aligned across the articles (other spellings included). ` +
        'A cell gives how often the article mentions it and the spellings it uses. Choose a name to see its mentions in every column. ' +
        'Tick two or more of one type and “Merge” them when they are one; “Split” takes a spelling out as an entity of its own.' +
        (layer_on ? '' : ' Entity highlights are switched off in the reading view’s legend.'),
      el('span', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Order of the entities' }, ...kOrders.map(([value, label]) => radio('entity-order', value, value === this.order, label))),
    );
    const groups = model.types.map((type) => this.group(type, model, columns, shown_types.has(type)));
    this.container.replaceChildren(head, ...groups);
  }

  /** "Merge ticked" is offered once two or more entities of the type are ticked. */
  update_merge(type) {
    const ticked = this.container.querySelectorAll(`input[data-merge-type="${type}"]:checked`).length;
    const button = this.container.querySelector(`button[data-entity-action="merge"][data-type="${type}"]`);
    if (button) {
      button.disabled = ticked < 2;
      button.textContent = ticked >= 2 ? `Merge ${ticked} ticked` : 'Merge ticked';
    }
  }

  group(type, model, columns, shown) {
    const info = type_info(type);
    const all = model.entities.filter((e) => e.type === type).sort(kSorts[this.order]);
    const rows = this.expanded.has(type) ? all : all.slice(0, kRows);
    const heading_id = `entity-group-${type}`;
    const table = el(
      'table',
      { class: 'matrix entities', 'aria-labelledby': heading_id },
      el(
        'thead',
        null,
        el(
          'tr',
          null,
          el('th', { scope: 'col', class: 'entity-col' }, info.label),
          ...columns.map((c, i) => el('th', { scope: 'col', class: 'num doc-col', title: c.name }, String(i + 1))),
          el('th', { scope: 'col', class: 'num', title: 'Mentions in all articles' }, 'Mentions'),
          el('th', { scope: 'col', class: 'num', title: 'How many articles mention it' }, 'Articles'),
        ),
      ),
      el('tbody', null, ...rows.map((entity) => row(entity, columns))),
    );
    const merge = all.length < 2 ? null : el('button', { type: 'button', class: 'button subtle merge', 'data-entity-action': 'merge', 'data-type': type, disabled: true, title: `Make the ticked ${info.label.toLowerCase()} one entity` }, 'Merge ticked');
    const more = rows.length < all.length
      ? el('button', { type: 'button', class: 'button subtle', 'data-entity-action': 'more', 'data-type': type }, `Show all ${all.length.toLocaleString('en')} ${info.label.toLowerCase()}`)
      : null;
    return el(
      'section',
      { class: 'entity-group', 'data-type': type },
      el(
        'h3',
        { class: 'entity-group-title' },
        el('span', { id: heading_id }, `${info.label} (${all.length.toLocaleString('en')})`),
        el(
          'label',
          { class: 'check type-switch' },
          el('input', { type: 'checkbox', 'data-entity-type': type, checked: shown }),
          el('span', { class: 'swatch entity', 'data-entity-type': type }),
          ' highlight in the text',
        ),
        merge,
      ),
      el('div', { class: 'table-scroll entity-scroll' }, table),
      more,
    );
  }
}

/** Undo a merge or a split, and split one of several spellings out. */
function correction_controls(entity) {
  const undo = entity.merged
    ? el('button', { type: 'button', class: 'link-button', 'data-entity-action': 'unmerge', 'data-key': entity.merged[0], 'aria-label': `Undo the merge of “${entity.name}”` }, 'Undo merge')
    : entity.split_from
      ? el('button', { type: 'button', class: 'link-button', 'data-entity-action': 'unsplit', 'data-key': entity.split_from, 'data-variant': entity.name, 'aria-label': `Undo the split of “${entity.name}”` }, 'Undo split')
      : null;
  const split = entity.variants.length < 2 || entity.split_from
    ? null
    : el(
        'details',
        { class: 'entity-split' },
        el('summary', { 'aria-label': `Split a spelling out of “${entity.name}”` }, 'Split…'),
        ...entity.variants.map((variant) =>
          el('button', { type: 'button', class: 'link-button', 'data-entity-action': 'split', 'data-key': entity.key, 'data-variant': variant, 'aria-label': `Split “${variant}” out of “${entity.name}”` }, `Split “${variant}” out`),
        ),
      );
  return undo || split ? el('span', { class: 'entity-corrections' }, undo, split) : null;
}

function row(entity, columns) {
  const value = entity.value && entity.value !== entity.name ? entity.value : '';
  const cells = columns.map((c) => {
    const cell = entity.by_doc.get(c.index);
    if (!cell) return el('td', { class: 'cell absent', 'data-doc': c.name }, '');
    // The spellings, when they say more than the entity's name does.
    const spellings = cell.variants.length > 1 || cell.variants[0] !== entity.name ? cell.variants.join(' · ') : '';
    return el(
      'td',
      { class: 'cell present', 'data-doc': c.name, 'data-count': cell.count, title: `${c.name}: ${plural(cell.count, 'mention', 'mentions')} — ${cell.variants.join(', ')}` },
      el('span', { class: 'mention-count' }, String(cell.count)),
      spellings ? el('span', { class: 'variants' }, spellings) : null,
    );
  });
  return el(
    'tr',
    { 'data-entity': entity.id },
    el(
      'th',
      { scope: 'row', class: 'entity-col' },
      el('input', { type: 'checkbox', class: 'merge-box', 'data-merge-type': entity.type, 'data-key': entity.key, 'data-name': entity.name, 'aria-label': `Tick “${entity.name}” to merge it with another` }),
      el('button', { type: 'button', class: 'fact-link', 'data-entity-action': 'choose', 'data-entity': entity.id, title: 'Show its mentions in every column' }, entity.name),
      value ? el('span', { class: 'entity-value' }, value) : null,
      correction_controls(entity),
    ),
    ...cells,
    el('td', { class: 'num count total' }, String(entity.total)),
    el('td', { class: 'num count articles' }, String(entity.by_doc.size)),
  );
}
