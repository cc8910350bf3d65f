// Entities on the page (issue 6): the five valentines-2021 articles dropped together. Mentions
// are flat marks of layer "entity" with the entity's id and type; the Entities tab lists them
// by type with a cell per article, sorts them three ways, lights a chosen entity's mentions in
// every column, and switches types on and off as highlight layers.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

const kExpect = h.valentines_expectations();
const kNameTypes = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']); // highlighted by default
const doc_name = (prefix) => kExpect.documents[prefix];
const column_of = (cols, prefix) => cols.find((c) => c.name === doc_name(prefix));

/** The entity id marking each of `group`'s mentions (null where a mention is not marked). */
function group_ids(cols, group) {
  return group.mentions.map((m) => {
    const column = column_of(cols, m[0]);
    const [start] = h.place_in(column, m);
    return h.ids_at(column, start)[0] ?? null;
  });
}

const rows_of = (page, type) =>
  page.$$eval(`.entity-group[data-type="${type}"] tbody tr`, (trs) =>
    trs.map((tr) => ({
      id: tr.dataset.entity,
      name: tr.querySelector('.fact-link').textContent,
      cells: [...tr.querySelectorAll('td.cell')].map((td) => ({ doc: td.dataset.doc, count: Number(td.dataset.count || 0), variants: td.querySelector('.variants')?.textContent || '' })),
      total: Number(tr.querySelector('.total').textContent),
      articles: Number(tr.querySelector('.articles').textContent),
    })),
  );

describe('entities: marks, the entity panel, choosing and switching types', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, h.valentines_files()) });
  let page;
  let log;
  const ids = new Map(); // expected group name -> entity id on the page
  before(() => ({ page, log } = session));

  test('every expected group of names is marked as one entity in every column', async () => {
    const cols = await h.columns(page, 'entity');
    assert.equal(cols.length, 5);
    for (const group of kExpect.entities.same.filter((g) => kNameTypes.has(g.type))) {
      const found = group_ids(cols, group);
      assert.ok(found.every((id) => id !== null), `${group.name}: every mention marked (${JSON.stringify(found)})`);
      assert.equal(new Set(found).size, 1, `${group.name}: one entity (${JSON.stringify(found)})`);
      ids.set(group.name, found[0]);
    }
    for (const pair of kExpect.entities.different) {
      const a = h.ids_at(column_of(cols, pair.a[0]), h.place_in(column_of(cols, pair.a[0]), pair.a)[0]);
      const b = h.ids_at(column_of(cols, pair.b[0]), h.place_in(column_of(cols, pair.b[0]), pair.b)[0]);
      if (a.length && b.length) assert.notDeepEqual(a, b, `${pair.why}: apart`);
    }
    const marks = await page.$$eval('.column mark[data-layer~="entity"]', (list) =>
      list.map((m) => ({ layer: m.dataset.layer, type: m.dataset.entityType, id: m.dataset.entity, nested: Boolean(m.querySelector('mark')) })),
    );
    assert.ok(marks.every((m) => m.id && !m.nested && [...m.type.split(' ')].every((t) => kNameTypes.has(t))), 'names only, flat, with id and type');
    assert.ok(marks.some((m) => m.layer === 'passage fact entity'), 'layers listed in the fixed order where they overlap');
    assert.deepEqual(log.errors, []);
  });

  test('the panel: grouped by type, a cell per article with its count and spellings', async () => {
    await page.click('#tab-entities');
    const types = await page.$$eval('.entity-group', (g) => g.map((x) => x.dataset.type));
    assert.deepEqual(types.slice(0, 3), ['PERSON', 'ORGANIZATION', 'LOCATION']);
    assert.ok(types.includes('DATE') && types.includes('NUMBER'), types.join(' '));
    const heads = await page.$$eval('.entity-group[data-type="PERSON"] thead th.doc-col', (th) => th.map((x) => x.title));
    assert.deepEqual(heads, Object.values(kExpect.documents));

    const people = await rows_of(page, 'PERSON');
    const navalny = people.find((r) => r.id === ids.get('Alexei Navalny'));
    assert.ok(navalny, 'a row for the expected entity');
    assert.equal(navalny.articles, 5);
    assert.equal(navalny.total, navalny.cells.reduce((n, c) => n + c.count, 0), 'the total is the cells summed');
    // The spelling 002 uses is in 002's cell.
    const spelling = kExpect.entities.same.find((g) => g.name === 'Alexei Navalny').mentions.find((m) => m[0] === '002')[2];
    assert.ok(navalny.cells.find((c) => c.doc === doc_name('002')).variants.includes(spelling), JSON.stringify(navalny.cells));
    const wife = people.find((r) => r.id === ids.get('Yulia Navalnaya'));
    assert.ok(wife && wife.id !== navalny.id, 'husband and wife are two rows');
    for (const r of people) assert.equal(r.articles, r.cells.filter((c) => c.count > 0).length, `${r.name}: articles = cells filled`);
    await page.$eval('.views', (tabs) => tabs.scrollIntoView());
    await h.screenshot(page, 'entities-panel');
  });

  test('sortable by articles, by mentions and by name', async () => {
    const by = async (order) => {
      await page.check(`input[name="entity-order"][value="${order}"]`, { force: true });
      return rows_of(page, 'PERSON');
    };
    const names = (await by('name')).map((r) => r.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const totals = (await by('mentions')).map((r) => r.total);
    assert.deepEqual(totals, [...totals].sort((a, b) => b - a));
    const articles = (await by('articles')).map((r) => r.articles);
    assert.deepEqual(articles, [...articles].sort((a, b) => b - a));
    assert.equal(await page.evaluate(() => document.activeElement.value), 'articles', 'focus stays on the order chosen');
  });

  test('choosing an entity lights its mentions in every column and brings them into sight', async () => {
    const id = ids.get('Yulia Navalnaya');
    await page.click(`.entity-group button[data-entity="${id}"]`);
    assert.equal(await page.isVisible('#reading-view'), true);
    const chosen = await h.columns(page, 'entity');
    const lit = await page.$$eval('.column', (cols) => cols.map((c) => [...c.querySelectorAll('mark.chosen')].map((m) => m.dataset.entity)));
    assert.ok(lit.flat().length > 0 && lit.flat().every((e) => e.split(' ').includes(id)), 'only its marks are lit');
    const group = kExpect.entities.same.find((g) => g.name === 'Yulia Navalnaya');
    for (const m of group.mentions) {
      const column = column_of(chosen, m[0]);
      const [start] = h.place_in(column, m);
      const inside = await page.$eval(`.column[data-name="${column.name}"] .column-text`, (body, pos) => {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (pos < offset + node.data.length) return Boolean(node.parentElement.closest('mark.chosen'));
          offset += node.data.length;
        }
        return false;
      }, start);
      assert.ok(inside, `${m[0]} "${m[2]}" is lit`);
    }
    // Each column holding a mention shows its first one.
    const seen = await page.$$eval('.column', (cols) =>
      cols
        .filter((c) => c.querySelector('mark.chosen'))
        .map((c) => {
          const pane = c.querySelector('.column-text').getBoundingClientRect();
          const mark = c.querySelector('mark.chosen').getBoundingClientRect();
          return mark.top >= pane.top && mark.bottom <= pane.bottom;
        }),
    );
    assert.ok(seen.length >= 3 && seen.every(Boolean), JSON.stringify(seen));
    assert.match(await page.textContent('#chosen .chosen-label'), /^Lit: person “Yulia Navalnaya”, \d+ mentions — \d+ in the columns shown$/);
    await h.screenshot(page, 'entities-chosen');

    // Next steps through the mentions, keeping the focus on the button.
    await page.click('#chosen [data-step="1"]');
    await page.click('#chosen [data-step="1"]');
    assert.equal(await page.locator('mark.chosen.current').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.step), '1');
    assert.match(await page.textContent('#chosen .chosen-label'), / — 2 of \d+ in the columns shown, in \S+\.txt$/);
    await page.click('#chosen [data-step="clear"]');
    assert.equal(await page.locator('mark.chosen').count(), 0);
    assert.equal(await page.isVisible('#chosen'), false);
  });

  test('entity types are highlight layers: one by one in the panel, all at once in the legend', async () => {
    await page.click('#tab-entities');
    await page.setChecked('input[data-entity-type="PERSON"]', false);
    assert.equal(await page.locator('.column mark[data-entity-type~="PERSON"]').count(), 0);
    assert.ok((await page.locator('.column mark[data-entity-type~="LOCATION"]').count()) > 0, 'places stay');
    assert.equal(await page.locator('.column mark[data-entity-type~="DATE"]').count(), 0, 'dates are off by default');
    await page.setChecked('input[data-entity-type="DATE"]', true);
    assert.ok((await page.locator('.column mark[data-entity-type~="DATE"]').count()) > 0);
    await page.setChecked('input[data-entity-type="PERSON"]', true);

    await page.click('#tab-reading');
    await page.setChecked('#show-entities', false);
    assert.equal(await page.locator('.column mark[data-layer~="entity"]').count(), 0);
    assert.ok((await page.locator('.column mark[data-layer~="passage"]').count()) > 0, 'passages stay');
    // Choosing an entity switches the layer back on.
    await page.click('#tab-entities');
    await page.click(`.entity-group button[data-entity="${ids.get('Moscow')}"]`);
    assert.equal(await page.isChecked('#show-entities'), true);
    assert.ok((await page.locator('.column mark.chosen').count()) >= 2);
    assert.deepEqual(log.errors, []);
  });
});
