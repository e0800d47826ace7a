// The search box: autocomplete over names and aliases; choosing a hit selects the node and flies the camera to it.
// Keyboard: ↑/↓ to move, Enter to choose, Esc to close; "/" focuses the box from anywhere.
import type { ViewerState } from '../viewerState.ts';
import type { SearchHit } from '../search/searchIndex.ts';
import { kindColor } from '../graph/displayAttributes.ts';
import { flyToNode, type Renderer } from '../render/createRenderer.ts';
import { byId, element, swatch } from './element.ts';

export function mountSearchBox(state: ViewerState, renderer: Renderer): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId('search-results');
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    state.selectNode(hit.node);
    flyToNode(renderer, hit.node);
  };
  const draw = () => {
    if (hits.length === 0) {
      list.replaceChildren(element('li', { className: 'search-empty', text: input.value.trim() ? 'No match' : '' }));
      list.hidden = !input.value.trim();
      return;
    }
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const hidden = !state.visibility.nodes.has(hit.node);
        const row = element(
          'li',
          { className: `search-hit${index === active ? ' is-active' : ''}`, attributes: { role: 'option', 'data-node': hit.node } },
          [
            swatch(kindColor(hit.kind)),
            element('span', { className: 'search-name', text: hit.name }),
            hit.matchedAlias ? element('span', { className: 'search-alias', text: `“${hit.matchedAlias}”` }) : null,
            element('span', { className: 'search-kind', text: hidden ? `${hit.kind} · filtered out` : hit.kind }),
          ],
        );
        // mousedown, not click: it fires before the input's blur closes the list.
        row.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(hit);
        });
        return row;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.addEventListener('input', () => {
    hits = state.search.search(input.value, 12);
    active = 0;
    draw();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      draw();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      close();
      input.blur();
    }
  });
  input.addEventListener('blur', close);
  input.addEventListener('focus', () => {
    // The index is built on first use: build it now, while the user starts typing.
    void state.search;
    if (input.value.trim()) draw();
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  state.on('graph', () => {
    input.value = '';
    hits = [];
    close();
  });
}
