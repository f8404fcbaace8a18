package dev.eventgen.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The goal warns when the project lacks the runtime the generated code runs on. */
class GenerateMojoRuntimeTest {

  @Test
  void aProjectDeclaringTheRuntimeHasIt() {
    MavenProject project = new MavenProject();
    project.getDependencies().add(dependency("com.fasterxml.jackson.core", "jackson-databind"));
    assertFalse(GenerateMojo.hasRuntimeDependency(project));
    project.getDependencies().add(dependency("dev.eventgen", "eventgen-runtime"));
    assertTrue(GenerateMojo.hasRuntimeDependency(project));
  }

  private static Dependency dependency(String groupId, String artifactId) {
    Dependency dependency = new Dependency();
    dependency.setGroupId(groupId);
    dependency.setArtifactId(artifactId);
    return dependency;
  }
}
