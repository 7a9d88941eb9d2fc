/** The built-in sample partner's files, served with the app from public/samples/. */
export const SAMPLE_FILES = ['certifications.csv', 'customers.csv', 'azure.csv', 'm365.csv', 'bizapps_revenue.csv', 'bizapps_usage.csv', 'partner.csv'];
