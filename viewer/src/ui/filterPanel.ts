// The filters beside the legend: relation kinds, provenance, article, outlet, date range, minimum degree.
import type { ViewerState } from '../viewerState.ts';
import { relationColor } from '../render/reducers.ts';
import { setProvenanceShown, showsProvenance } from '../filters/filters.ts';
import { byId, element, swatch } from './element.ts';

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const item = element('option', { text, attributes: { value } });
  item.selected = selected;
  return item;
}

function mountRelationList(state: ViewerState): void {
  const list = byId('relation-filters');
  // Counted once per graph (a pass over every edge), not on every filter change.
  let counts = new Map<string, number>();
  const count = () => {
    counts = new Map();
    state.graph.forEachEdge((_edge, { kind }) => counts.set(kind, (counts.get(kind) ?? 0) + 1));
  };
  const draw = () => {
    const kinds = [...counts.keys()].sort();
    list.replaceChildren(
      ...kinds.map((kind) => {
        const box = element('input', { attributes: { type: 'checkbox', 'data-relation': kind } });
        box.checked = !state.filters.hiddenRelationKinds.has(kind);
        box.addEventListener('change', () =>
          state.updateFilters((filters) => (box.checked ? filters.hiddenRelationKinds.delete(kind) : filters.hiddenRelationKinds.add(kind))),
        );
        return element('label', { className: 'relation-row' }, [
          box,
          swatch(relationColor(kind), 'swatch swatch-line'),
          element('span', { className: 'relation-kind', text: kind }),
          element('span', { className: 'legend-count', text: String(counts.get(kind)) }),
        ]);
      }),
    );
  };
  state.on('graph', () => {
    count();
    draw();
  });
  state.on('filters', draw);
}

function mountSourceFilters(state: ViewerState): void {
  const articleSelect = byId<HTMLSelectElement>('filter-article');
  const outletSelect = byId<HTMLSelectElement>('filter-outlet');
  const dateFrom = byId<HTMLInputElement>('filter-date-from');
  const dateTo = byId<HTMLInputElement>('filter-date-to');
  const draw = () => {
    const articles = [...state.articles.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title));
    articleSelect.replaceChildren(
      option('', `All articles (${articles.length})`, state.filters.article === ''),
      ...articles.map((info) => option(info.id, `${info.date ? `${info.date} · ` : ''}${info.title}`, state.filters.article === info.id)),
    );
    const outlets = [...new Set(articles.map((info) => info.outlet).filter((outlet): outlet is string => Boolean(outlet)))].sort();
    outletSelect.replaceChildren(
      option('', `All outlets (${outlets.length})`, state.filters.outlet === ''),
      ...outlets.map((outlet) => option(outlet, outlet, state.filters.outlet === outlet)),
    );
    const dates = articles.map((info) => info.date?.slice(0, 10)).filter((date): date is string => Boolean(date)).sort();
    for (const input of [dateFrom, dateTo]) {
      input.min = dates[0] ?? '';
      input.max = dates.at(-1) ?? '';
    }
    dateFrom.value = state.filters.dateFrom;
    dateTo.value = state.filters.dateTo;
  };
  articleSelect.addEventListener('change', () => state.updateFilters((filters) => (filters.article = articleSelect.value)));
  outletSelect.addEventListener('change', () => state.updateFilters((filters) => (filters.outlet = outletSelect.value)));
  dateFrom.addEventListener('change', () => state.updateFilters((filters) => (filters.dateFrom = dateFrom.value)));
  dateTo.addEventListener('change', () => state.updateFilters((filters) => (filters.dateTo = dateTo.value)));
  state.on('graph', draw);
  state.on('filters', draw);
}

function mountDegreeFilter(state: ViewerState): void {
  const slider = byId<HTMLInputElement>('filter-min-degree');
  const value = byId('filter-min-degree-value');
  const draw = () => {
    let highest = 0;
    for (const degree of state.degrees.values()) highest = Math.max(highest, degree);
    slider.max = String(Math.min(highest, 50));
    slider.value = String(state.filters.minDegree);
    value.textContent = String(state.filters.minDegree);
  };
  slider.addEventListener('input', () => {
    value.textContent = slider.value;
    state.updateFilters((filters) => (filters.minDegree = Number(slider.value)));
  });
  state.on('graph', draw);
  state.on('filters', draw);
}

function mountProvenanceToggle(state: ViewerState): void {
  const box = byId<HTMLInputElement>('filter-provenance');
  const draw = () => (box.checked = showsProvenance(state.filters));
  box.addEventListener('change', () => state.updateFilters((filters) => setProvenanceShown(filters, box.checked)));
  state.on('graph', draw);
  state.on('filters', draw);
}

export function mountFilterPanel(state: ViewerState): void {
  mountRelationList(state);
  mountSourceFilters(state);
  mountDegreeFilter(state);
  mountProvenanceToggle(state);
  byId('filter-reset').addEventListener('click', () => state.resetFilters());
}
