/**
 * The database every module shares: in local mode an embedded PostgreSQL kept in the data folder
 * (which one instance at a time may use), the clock, and Spring Data JDBC's conversions.
 */
@NullMarked
package uz.roadmap.platform.database;

import org.jspecify.annotations.NullMarked;
