/**
 * Chicago 17th edition (notes and bibliography), reduced to the works the Atlas cites: its own pages
 * (owned by the Atlas, dated "last modified", 14.206) and the originals its source records describe.
 * Its notes and bibliography entries equal those of the CSL project's full Chicago 17 style for these
 * works (tests/unit/citation-styles.test.ts compares them).
 * Note:         “Title of Entry,” Sovereign AI Atlas, last modified November 26, 2026, https://…/.
 * Bibliography: Sovereign AI Atlas. “Title of Entry.” Last modified November 26, 2026. https://…/.
 */
export const CHICAGO_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago 17th edition, notes and bibliography (Sovereign AI Atlas pages and sources)</title>
    <id>sovereign-ai-atlas-chicago-17-web</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <macro name="title">
    <choose>
      <if type="report">
        <text variable="title" text-case="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" text-case="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="container">
    <choose>
      <if type="article-newspaper">
        <text variable="container-title" text-case="title" font-style="italic"/>
      </if>
      <else>
        <text variable="container-title" text-case="title"/>
      </else>
    </choose>
  </macro>
  <macro name="date">
    <choose>
      <if variable="issued" match="none">
        <text term="no date" form="short"/>
      </if>
      <else-if type="report">
        <date variable="issued">
          <date-part name="year"/>
        </date>
      </else-if>
      <else>
        <date variable="issued" form="text"/>
      </else>
    </choose>
  </macro>
  <macro name="accessed-note">
    <choose>
      <if variable="issued" match="none">
        <group delimiter=" ">
          <text term="accessed"/>
          <date variable="accessed" form="text"/>
        </group>
      </if>
    </choose>
  </macro>
  <macro name="accessed-bib">
    <choose>
      <if variable="issued" match="none">
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed" form="text"/>
        </group>
      </if>
    </choose>
  </macro>
  <!-- An undated web page shows only its accessed date; other undated works say "n.d." first. -->
  <macro name="date-note">
    <group delimiter=", ">
      <choose>
        <if variable="issued">
          <group delimiter=" ">
            <text variable="status"/>
            <text macro="date"/>
          </group>
        </if>
        <else-if type="webpage" match="none">
          <text macro="date"/>
        </else-if>
      </choose>
      <text macro="accessed-note"/>
    </group>
  </macro>
  <macro name="date-bib">
    <group delimiter=". ">
      <choose>
        <if variable="issued">
          <group delimiter=" ">
            <text variable="status" text-case="capitalize-first"/>
            <text macro="date"/>
          </group>
        </if>
        <else-if type="webpage" match="none">
          <text macro="date"/>
        </else-if>
      </choose>
      <text macro="accessed-bib"/>
    </group>
  </macro>
  <citation>
    <layout suffix=".">
      <group delimiter=", ">
        <names variable="author">
          <name and="text" delimiter=", "/>
        </names>
        <choose>
          <if type="report">
            <group delimiter=" ">
              <text macro="title"/>
              <group delimiter=", " prefix="(" suffix=")">
                <text variable="publisher"/>
                <text macro="date"/>
              </group>
            </group>
            <text macro="accessed-note"/>
          </if>
          <else>
            <text macro="title"/>
            <text macro="container"/>
            <text variable="publisher"/>
            <text macro="date-note"/>
          </else>
        </choose>
        <text variable="URL"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0">
    <layout suffix=".">
      <group delimiter=". ">
        <choose>
          <if type="report">
            <names variable="author">
              <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first"/>
            </names>
            <text macro="title"/>
            <group delimiter=", ">
              <text variable="publisher" text-case="capitalize-first"/>
              <text macro="date"/>
            </group>
            <text macro="accessed-bib"/>
          </if>
          <else-if variable="author">
            <names variable="author">
              <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first"/>
            </names>
            <text macro="title"/>
            <group delimiter=", ">
              <text macro="container"/>
              <text macro="date-bib"/>
            </group>
          </else-if>
          <else-if variable="container-title">
            <text macro="container"/>
            <text macro="title"/>
            <text macro="date-bib"/>
          </else-if>
          <else>
            <text variable="publisher"/>
            <text macro="title"/>
            <text macro="date-bib"/>
          </else>
        </choose>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
