/**
 * The account module's pages and REST API.
 */
@NullMarked
package uz.roadmap.account.web;

import org.jspecify.annotations.NullMarked;
