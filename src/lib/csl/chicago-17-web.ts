/**
 * Chicago 17th edition (notes and bibliography), bibliography entry, reduced to the one shape the Atlas
 * cites: a dated page of a website that is its own publisher, with no personal author. Its output equals
 * that of the CSL project's Chicago style (@citation/csl-style-chicago-note-bibliography) for such pages
 * (tests/unit/citation-styles.test.ts compares them).
 * Sovereign AI Atlas. “Title of Entry.” Sovereign AI Atlas, November 26, 2026. https://…/.
 */
export const CHICAGO_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago 17th edition, notes and bibliography (Sovereign AI Atlas web entries)</title>
    <id>sovereign-ai-atlas-chicago-17-web</id>
    <updated>2026-11-26T00:00:00+00:00</updated>
  </info>
  <citation>
    <layout>
      <text variable="title" text-case="title" quotes="true"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0">
    <layout suffix=".">
      <group delimiter=". ">
        <text variable="publisher"/>
        <text variable="title" text-case="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="container-title"/>
          <date variable="issued" form="text" date-parts="year-month-day"/>
        </group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
