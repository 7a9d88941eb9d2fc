/** The built-in sample partner's files (public/samples/): names only, usable from Node scripts and tests too. */
export const SAMPLE_FILES = ['certifications.csv', 'customers.csv', 'azure.csv', 'm365.csv', 'bizapps_revenue.csv', 'bizapps_usage.csv', 'partner.csv'];
