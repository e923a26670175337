import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Text } from "@fluentui/react-components";

Office.onReady(() => {
  const root = createRoot(document.getElementById("container") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Text>ASN Talent 9-Box</Text>
    </FluentProvider>
  );
});
