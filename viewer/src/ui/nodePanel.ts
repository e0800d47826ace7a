// The side panel for one node: name, kind, aliases, roles, relations grouped by kind (each counterpart clickable),
// statements it made or that are about it, and the articles it comes from.
import type { ViewerState } from '../viewerState.ts';
import { kindColor } from '../graph/displayAttributes.ts';
import { articleTitle } from '../graph/articleIndex.ts';
import { PROVENANCE_RELATION_KINDS } from '../graph/provenance.ts';
import { relationColor } from '../render/reducers.ts';
import type { Renderer } from '../render/createRenderer.ts';
import { element, swatch } from './element.ts';
import { nodeRef } from './nodeRefs.ts';
import { statementCard } from './statementCard.ts';

function section(title: string, count: number | null, body: HTMLElement, className = ''): HTMLElement {
  return element('section', { className: `panel-section ${className}`.trim() }, [
    element('h3', {}, [title, count === null ? null : element('span', { className: 'section-count', text: String(count) })]),
    body,
  ]);
}

function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function relationGroups(state: ViewerState, renderer: Renderer, node: string): HTMLElement | null {
  const groups = new Map<string, { edge: string; other: string; outgoing: boolean }[]>();
  state.graph.forEachEdge(node, (edge, attributes, source, target) => {
    if (PROVENANCE_RELATION_KINDS.includes(attributes.kind)) return;
    // Statements get their own section.
    if (attributes.kind === 'SAID' && source === node) return;
    if (attributes.kind === 'ABOUT' && target === node) return;
    const row = { edge, other: source === node ? target : source, outgoing: source === node };
    groups.set(attributes.kind, [...(groups.get(attributes.kind) ?? []), row]);
  });
  if (groups.size === 0) return null;
  const body = element('div', { className: 'relation-groups' });
  for (const kind of [...groups.keys()].sort()) {
    const rows = groups.get(kind)!;
    body.append(
      element('div', { className: 'relation-group', attributes: { 'data-relation': kind } }, [
        element('h4', {}, [swatch(relationColor(kind), 'swatch swatch-line'), kind, element('span', { className: 'section-count', text: String(rows.length) })]),
        element(
          'ul',
          {},
          rows.map(({ edge, other, outgoing }) => {
            const evidence = state.graph.getEdgeAttribute(edge, 'evidence') ?? [];
            return element('li', { className: 'relation-row-item' }, [
              element('span', { className: 'direction', text: outgoing ? '→' : '←', title: outgoing ? 'this node → other' : 'other → this node' }),
              nodeRef(state, renderer, other),
              element('button', {
                className: 'evidence-button',
                text: `${evidence.length} evidence`,
                title: 'Show the sentences behind this relation',
                attributes: { type: 'button', 'data-edge': edge },
                onClick: () => state.selectEdge(edge),
              }),
            ]);
          }),
        ),
      ]),
    );
  }
  return section('Relations', null, body);
}

function statementsBy(state: ViewerState, node: string, kind: 'SAID' | 'ABOUT'): string[] {
  const edges = kind === 'SAID' ? state.graph.outEdges(node) : state.graph.inEdges(node);
  return edges
    .filter((edge) => state.graph.getEdgeAttribute(edge, 'kind') === kind)
    .map((edge) => (kind === 'SAID' ? state.graph.target(edge) : state.graph.source(edge)))
    .filter((other) => state.graph.getNodeAttribute(other, 'kind') === 'Statement')
    .sort((a, b) => String(state.graph.getNodeAttribute(a, 'date') ?? '').localeCompare(String(state.graph.getNodeAttribute(b, 'date') ?? '')));
}

function kindDetails(state: ViewerState, renderer: Renderer, node: string): HTMLElement | null {
  const attributes = state.graph.getNodeAttributes(node);
  if (attributes.kind === 'Statement') {
    return element('ul', { className: 'statements' }, [statementCard(state, renderer, node, { showSpeaker: true })]);
  }
  if (attributes.kind === 'Article') {
    const url = safeHttpUrl(attributes.url);
    return element('dl', { className: 'facts' }, [
      attributes.title ? element('dt', { text: 'Title' }) : null,
      attributes.title ? element('dd', { text: attributes.title }) : null,
      attributes.outlet ? element('dt', { text: 'Outlet' }) : null,
      attributes.outlet ? element('dd', { text: attributes.outlet }) : null,
      attributes.date ? element('dt', { text: 'Date' }) : null,
      attributes.date ? element('dd', { text: attributes.date }) : null,
      url ? element('dt', { text: 'URL' }) : null,
      url ? element('dd', {}, [element('a', { text: url, attributes: { href: url, target: '_blank', rel: 'noopener noreferrer' } })]) : null,
      attributes.path ? element('dt', { text: 'File' }) : null,
      attributes.path ? element('dd', { className: 'mono', text: attributes.path }) : null,
    ]);
  }
  if (attributes.kind === 'Treaty' && attributes.date) {
    return element('dl', { className: 'facts' }, [element('dt', { text: 'Date' }), element('dd', { text: attributes.date })]);
  }
  return null;
}

export function nodePanel(state: ViewerState, renderer: Renderer, node: string): HTMLElement {
  const attributes = state.graph.getNodeAttributes(node);
  const aliases = (attributes.aliases ?? []).filter((alias) => alias !== attributes.name);
  const roles = attributes.roles ?? [];
  const said = statementsBy(state, node, 'SAID');
  const about = statementsBy(state, node, 'ABOUT');
  const sources = attributes.sources ?? [];
  const title = attributes.kind === 'Statement' ? 'Statement' : attributes.kind === 'Article' ? attributes.title || attributes.name : attributes.name;
  return element('div', { className: 'panel-body', attributes: { 'data-node': node } }, [
    element('header', { className: 'panel-header' }, [
      element('span', { className: 'kind-badge', text: attributes.kind, attributes: { style: `--kind:${kindColor(attributes.kind)}` } }),
      element('h2', { className: 'panel-title', text: title || node }),
      element('div', { className: 'panel-id mono', text: node }),
    ]),
    kindDetails(state, renderer, node),
    aliases.length ? section('Also called', aliases.length, element('ul', { className: 'chips' }, aliases.map((alias) => element('li', { text: alias })))) : null,
    roles.length ? section('Roles', roles.length, element('ul', { className: 'plain-list' }, roles.map((role) => element('li', { text: role })))) : null,
    relationGroups(state, renderer, node),
    said.length
      ? section('Statements', said.length, element('ul', { className: 'statements' }, said.map((statement) => statementCard(state, renderer, statement, { showSpeaker: false }))), 'said')
      : null,
    about.length
      ? section('Said about it', about.length, element('ul', { className: 'statements' }, about.map((statement) => statementCard(state, renderer, statement, { showSpeaker: true }))), 'about')
      : null,
    sources.length && attributes.kind !== 'Article'
      ? section(
          'Articles',
          sources.length,
          element('ul', { className: 'plain-list sources' }, sources.map((source) => element('li', {}, [state.graph.hasNode(source) ? nodeRef(state, renderer, source) : articleTitle(state.articles, source)]))),
        )
      : null,
  ]);
}
