import { AllCommunityModule, ModuleRegistry, type AgChartTheme } from 'ag-charts-community';
import { AG_CHARTS_LOCALE_FR_FR } from 'ag-charts-locale';

// Without the modules the charts render nothing (AG Charts 13+ is modular, like AG Grid).
ModuleRegistry.registerModules([AllCommunityModule]);

/** The app's own colours, so charts read as part of the page and not a pasted image. */
export const chartPalette = ['#1f6f78', '#e08a3c', '#5b8fd1', '#8bb174', '#b55d8d', '#d6b443', '#6d6a9c', '#4aa3a2', '#c0564b', '#7f8c8d'];

export const chartTheme: AgChartTheme = {
  baseTheme: 'ag-default',
  palette: { fills: chartPalette, strokes: chartPalette },
  params: { fontFamily: "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif", fontSize: 12, foregroundColor: '#1d2733' },
};

export const chartLocale = { localeText: AG_CHARTS_LOCALE_FR_FR };
