// Opens graph files the way Gephi's File > Open does (Gephi toolkit: ImportController + DefaultProcessor) and prints,
// as one JSON line per file, what Gephi made of it: node and edge counts, edge kinds, columns, labels and issues.
// Used by tests/export/gephi.test.ts; the toolkit jar comes from Maven Central (org.gephi:gephi-toolkit:0.10.1:all).
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiOpen {
  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }

  private static String list(Iterable<String> items) {
    List<String> quoted = new ArrayList<>();
    for (String item : items) quoted.add(quote(item));
    return "[" + String.join(",", quoted) + "]";
  }

  public static void main(String[] args) throws Exception {
    for (String path : args) {
      ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
      projects.newProject();
      Workspace workspace = projects.getCurrentWorkspace();
      ImportController importer = Lookup.getDefault().lookup(ImportController.class);
      Container container = importer.importFile(new File(path));
      if (container == null) {
        System.out.println("{\"file\":" + quote(path) + ",\"opened\":false}");
        continue;
      }
      List<String> issues = new ArrayList<>();
      for (java.util.Iterator<Issue> it = container.getReport().getIssues(1000); it.hasNext(); ) {
        Issue issue = it.next();
        issues.add(issue.getLevel() + ": " + issue.getMessage());
      }
      importer.process(container, new DefaultProcessor(), workspace);
      GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
      DirectedGraph graph = model.getDirectedGraph();
      TreeSet<String> nodeColumns = new TreeSet<>();
      for (Column column : model.getNodeTable()) nodeColumns.add(column.getTitle());
      TreeSet<String> edgeColumns = new TreeSet<>();
      for (Column column : model.getEdgeTable()) edgeColumns.add(column.getTitle());
      TreeSet<String> edgeKinds = new TreeSet<>();
      for (Edge edge : graph.getEdges()) edgeKinds.add(String.valueOf(edge.getTypeLabel()));
      List<String> labels = new ArrayList<>();
      for (Node node : graph.getNodes()) labels.add(String.valueOf(node.getLabel()));
      System.out.println("{\"file\":" + quote(path) + ",\"opened\":true"
          + ",\"nodes\":" + graph.getNodeCount() + ",\"edges\":" + graph.getEdgeCount()
          + ",\"edgeKinds\":" + list(edgeKinds) + ",\"nodeColumns\":" + list(nodeColumns)
          + ",\"edgeColumns\":" + list(edgeColumns) + ",\"labels\":" + list(labels) + ",\"issues\":" + list(issues) + "}");
      projects.closeCurrentProject();
    }
    System.exit(0);
  }
}
