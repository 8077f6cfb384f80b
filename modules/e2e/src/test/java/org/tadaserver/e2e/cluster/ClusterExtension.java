package org.tadaserver.e2e.cluster;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods ({@code @BeforeAll} included) the one {@link ProcessCluster} of this test JVM: started by the
 * first suite that asks, closed by JUnit when the whole run ends (the root store closes what it holds).
 */
final class ClusterExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ClusterExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ProcessCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("cluster", key -> {
      try {
        return ProcessCluster.start();
      } catch (Exception e) {
        throw new IllegalStateException("the three-node cluster did not start", e);
      }
    }, ProcessCluster.class);
  }
}
