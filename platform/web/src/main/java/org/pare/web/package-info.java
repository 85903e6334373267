/** Web pieces every PARE service shares: bearer-token security, problem+json errors and {@code /api/me}. */
package org.pare.web;
