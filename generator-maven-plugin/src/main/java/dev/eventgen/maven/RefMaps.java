package dev.eventgen.maven;

import dev.eventgen.RefMap;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code refMaps} parameter of the goals: {@code prefix=folder} strings, folders relative to
 * the project directory.
 */
final class RefMaps {

  private RefMaps() {}

  static RefMap of(List<String> entries, File basedir) throws MojoExecutionException {
    if (entries == null || entries.isEmpty()) {
      return RefMap.NONE;
    }
    try {
      return RefMap.parse(entries, basedir.toPath());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("eventgen: refMaps: " + e.getMessage(), e);
    }
  }
}
