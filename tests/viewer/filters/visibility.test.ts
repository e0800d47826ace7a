import { describe, expect, it } from 'vitest';
import { actorDegrees } from '../../../viewer/src/graph/actorDegree.ts';
import { indexArticles } from '../../../viewer/src/graph/articleIndex.ts';
import { defaultFilters, setProvenanceShown, showsProvenance } from '../../../viewer/src/filters/filters.ts';
import { allowedArticles, computeVisibility } from '../../../viewer/src/filters/visibility.ts';
import { buildFixtureGraph } from '../support/fixtureGraph.ts';

const graph = buildFixtureGraph();
const degrees = actorDegrees(graph);
const articles = indexArticles(graph);
const visible = (change: (filters: ReturnType<typeof defaultFilters>) => void = () => {}) => {
  const filters = defaultFilters();
  change(filters);
  return computeVisibility(graph, filters, degrees, articles);
};

describe('computeVisibility', () => {
  it('hides provenance by default and shows everything else', () => {
    const { nodes, edges } = visible();
    expect(graph.filterNodes((node) => !nodes.has(node)).every((node) => graph.getNodeAttribute(node, 'kind') === 'Article')).toBe(true);
    expect([...edges].some((edge) => ['MENTIONS', 'FROM_ARTICLE'].includes(graph.getEdgeAttribute(edge, 'kind')))).toBe(false);
    expect(nodes.size).toBe(graph.order - articles.size);
  });

  it('shows provenance when asked', () => {
    const filters = defaultFilters();
    expect(showsProvenance(filters)).toBe(false);
    setProvenanceShown(filters, true);
    expect(showsProvenance(filters)).toBe(true);
    const { nodes, edges } = computeVisibility(graph, filters, degrees, articles);
    expect(nodes.size).toBe(graph.order);
    expect(edges.size).toBe(graph.size);
  });

  it('drops edges whose end is hidden', () => {
    const { nodes, edges } = visible((filters) => filters.hiddenNodeKinds.add('Government'));
    expect([...nodes].some((node) => graph.getNodeAttribute(node, 'kind') === 'Government')).toBe(false);
    for (const edge of edges) {
      expect(nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))).toBe(true);
    }
  });

  it('keeps only nodes with at least the minimum degree', () => {
    const { nodes } = visible((filters) => (filters.minDegree = 3));
    expect(nodes.size).toBeGreaterThan(0);
    for (const node of nodes) expect(degrees.get(node)!).toBeGreaterThanOrEqual(3);
  });

  it('narrows to an outlet and to a date range through the articles', () => {
    const byOutlet = visible((filters) => (filters.outlet = 'Valley Post'));
    const byDate = visible((filters) => (filters.dateFrom = '2031-04-01'));
    expect(allowedArticles({ ...defaultFilters(), outlet: 'Valley Post' }, articles)).toEqual(new Set(['article:harbour-talks-2']));
    expect(byDate.nodes).toEqual(byOutlet.nodes);
    expect(byOutlet.nodes.has('organization:tidewater-league')).toBe(false);
    expect(byOutlet.nodes.has('group:norland-trawler-crews')).toBe(true);
  });
});
