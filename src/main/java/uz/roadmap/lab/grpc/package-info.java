@NullMarked
package uz.roadmap.lab.grpc;

import org.jspecify.annotations.NullMarked;
