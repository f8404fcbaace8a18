package dev.eventgen.bench;

import com.acme.cvp.model.CvpEvent;
import java.util.List;

/** {@link SyslogBench} on lines of every message of the CVP spec, in turn. */
public class SyslogParserBench extends SyslogBench {

  @Override
  List<CvpEvent> events() {
    return CvpVariants.all(LINES, 1);
  }
}
